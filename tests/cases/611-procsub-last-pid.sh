# ref: bash
# $! is the pid of the last process substitution; wait $! gives its status.
cat <(echo a) > /dev/null
pid=$!
case $pid in ''|*[!0-9]*) echo "not a pid: [$pid]" ;; *) echo numeric ;; esac
[ "$pid" != "$$" ] && echo not-the-shell
wait "$pid"
echo "wait $?"
cat <(exit 7)
echo "cat $?"
wait $!
echo "wait $?"
echo x > >(read v; exit 4)
wait $!
echo "wait $?"
