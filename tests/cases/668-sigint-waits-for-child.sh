# ref: dash
# SIGINT to a non-interactive shell that waits for a foreground program: the shell waits for
# the program to end, then dies of the signal (dash; bash waits too, then goes on), leaving
# nothing running. The child shell gets SIGINT at its default (env --default-signal), as an
# asynchronous list would otherwise start with it ignored.
me=$(readlink /proc/$$/exe)
env --default-signal=INT "$me" -c 'sleep 1.01; echo after' & p=$!
sleep 0.3
kill -INT $p
wait $p
echo "status $?"
pgrep -f 'sleep 1.01' > /dev/null && echo "program left running" || echo "nothing left"
