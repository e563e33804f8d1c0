# ref: minish
# set -o jobtrace in a script (no job control): a line when a job is created and one per waitpid
# result, decoded: exited N, killed by SIGTERM / SIGKILL. Without job control a job has no process
# group of its own, which the trace shows as "pgid 0", and there are no terminal hand-offs.
# A foreground job is waited for stage by stage: the second stage ends first, yet its line comes
# second. (Without job control the shell keeps no text for a foreground job: the text is cut off.)
exec 2>trace.txt
set -o jobtrace
/bin/sleep 5 &
kill -TERM $!
wait $!
echo "wait: $?"
sh -c 'exit 3' &
wait $!
echo "wait: $?"
/bin/sleep 5 &
kill -KILL $!
wait $!
echo "wait: $?"
/bin/sleep 0.3 | (exit 2)
echo "pipeline: $?"
set +o jobtrace
exec 2>&1
sed -e 's/pid [0-9][0-9]*/pid P/' -e 's/processes [0-9][0-9]*/processes P/' -e 's/ [0-9][0-9]*:/ P:/' \
    -e 's/\((foreground): pgid [0-9]*, processes [P ]*\):.*/\1/' trace.txt
