# ref: minish
# Who is in which process group. A script runs without job control, so no command gets a group of
# its own: every stage of a pipeline, and a background job, stays in the shell's group (the pgid
# in the trace is the shell's, not the pid of the first stage as it is with job control, see
# tests/pty/019-jobtrace.pty). A process substitution's producer is the exception: without job
# control each one is put in a group of its own (pgid = its pid). The pid in the trace is the
# real pid of the process ($! for a background job).
exec 2>trace.txt
set -o fdtrace
ls / | wc -l > /dev/null
/bin/sleep 0 &
bg=$!
wait
cat <(/bin/echo x) > /dev/null
set +o fdtrace
exec 2>&1
shell_pgid=$(ps -o pgid= -p $$ | tr -d ' ')
awk -v me=$$ -v g="$shell_pgid" -v bg="$bg" '/^\[fdtrace\] pid/ {
        pid = $3; pgid = $5; sub(/:$/, "", pgid); cmd = substr($0, index($0, ": ") + 2)
        where = (pgid == g) ? "the shell'"'"'s group" : (pgid == pid) ? "its own group" : "group " pgid
        print cmd ": " where (pid == me ? " (pid is the shell!)" : "") (pid == bg ? " (pid is $!)" : "")
    }' trace.txt | sed -e "s|$HOME|HOME|" -e 's|/minish-[A-Za-z0-9]*/ps[0-9]*-|/minish-XXXXXX/psN-|' | sort
