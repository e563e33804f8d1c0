# ref: minish
# set -o jobtrace in a script (no job control): a line when a job is created and one per waitpid
# result, decoded: exited N, killed by SIGTERM / SIGKILL (which wait also reports, as bash does).
# Without job control a job has no process group of its own: the trace says so and names the
# shell's group; there are no terminal hand-offs.
# A foreground job is waited for stage by stage: the second stage ends first, yet its line comes
# second.
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
test "$(grep -c "in the shell's pgid $(awk '{ print $5 }' /proc/$$/stat)," trace.txt)" = 4 && echo "4 jobs in the shell's group"
sed -e 's/pid [0-9][0-9]*/pid P/g' -e 's/^\(minish: t.sh: line [0-9]*:\) *[0-9][0-9]* /\1 P /' -e 's/pgid [0-9][0-9]*/pgid G/' -e 's/processes [0-9][0-9]* [0-9][0-9]*:/processes P P:/' \
    -e 's/processes [0-9][0-9]*:/processes P:/' trace.txt
