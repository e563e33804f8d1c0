# ref: minish
# A pipe end names the process that holds the other end (among the shell and its descendants):
# in `yes | head -n 1` neither stage can end before both are traced (head needs a line from yes,
# yes writes only after its exec), so "read by" and "written by" both name the other stage. The
# command of a command substitution writes the pipe the shell itself reads.
exec 2>trace.txt
set -o fdtrace
yes | head -n 1
x=$(/bin/echo substituted)
set +o fdtrace
exec 2>&1
echo "$x"
awk '/^\[fdtrace\] pid/ { cmd = substr($0, index($0, ": ") + 2); pid[cmd] = $3 }
     $1 == "0:" || $1 == "1:" { if (match($0, /by pids? [0-9, ]*/)) peer[cmd, $1] = substr($0, RSTART + 3, RLENGTH - 3) }
     END {
         print "yes stdout: " (peer["yes", "1:"] == "pid " pid["head -n 1"] ? "read by head" : "read by " peer["yes", "1:"])
         print "head stdin: " (peer["head -n 1", "0:"] == "pid " pid["yes"] ? "written by yes" : "written by " peer["head -n 1", "0:"])
         print "echo stdout: " (peer["/bin/echo substituted", "1:"] == "pid " shell ? "read by the shell" : "read by " peer["/bin/echo substituted", "1:"])
     }' shell=$$ trace.txt
grep -o '(write end, read by pid [0-9]*)\|(read end, written by pid [0-9]*)' trace.txt | sed 's/[0-9][0-9]*/N/' | sort
