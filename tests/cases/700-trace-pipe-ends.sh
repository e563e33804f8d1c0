# ref: minish
# set -o fdtrace on `ls / | wc -l`: each stage is traced before it execs; the first stage holds only
# the write end of the pipe on fd 1, the second only the read end on fd 0, and both are the same
# pipe (same inode). No stage holds any other fd (fd hygiene: nothing but 0, 1, 2). The write end
# names its reader, the pid of the `wc -l` process (`ls` may have ended before `wc` is traced, so
# "written by" is left out of the comparison; case 720 checks it where it cannot race).
exec 2>trace.txt
set -o fdtrace
ls / | wc -l > count.txt
set +o fdtrace
exec 2>&1
# the stages race: print their blocks in a fixed order, with pids and inodes normalised
for cmd in 'ls /' 'wc -l'; do
    awk -v cmd="$cmd" '/^\[fdtrace\]/ { on = ($2 == "pid") && (substr($0, index($0, ": ") + 2) == cmd) } on' trace.txt
done | sed -e "s|$HOME|HOME|g" -e 's/, written by pids* [0-9, ]*)/)/' -e 's/pid [0-9][0-9]*/pid P/g' -e 's/pgid [0-9][0-9]*/pgid G/' \
           -e 's/pipe:\[[0-9]*\]/pipe:[I]/'
# the inode of the write end of stage 1 is the inode of the read end of stage 2
awk '/^\[fdtrace\] pid/ { cmd = substr($0, index($0, ": ") + 2) }
     cmd == "ls /" && $1 == "1:" { w = $2 }
     cmd == "wc -l" && $1 == "0:" { r = $2 }
     END { print (w ~ /^pipe:/ && w == r) ? "same pipe" : "different pipes: " w " " r }' trace.txt
# the reader named by stage 1 is stage 2
awk '/^\[fdtrace\] pid/ { pid[substr($0, index($0, ": ") + 2)] = $3 }
     /read by pid/ { reader = $NF; sub(/\)$/, "", reader) }
     END { print (reader != "" && reader == pid["wc -l"]) ? "read by wc" : "reader " reader " is not wc " pid["wc -l"] }' trace.txt
grep -c '^\[fdtrace\] pid' trace.txt
test "$(cat count.txt)" -gt 3 && echo "wc counted the entries of /"
