# ref: minish
# POSIX: without job control an asynchronous list ignores SIGINT and SIGQUIT. minish's child
# ignores them before any signal can reach it (signals stay blocked across the fork until then),
# so a SIGINT sent the instant the job starts is ignored too. (dash and bash set the disposition
# a moment after the fork: the same script there usually prints status 130.) Case 469 is the
# same with a pause, where all three agree.
sleep 0.3 &
kill -INT $!
wait $!
echo "INT: status $?"
sleep 0.3 &
kill -QUIT $!
wait $!
echo "QUIT: status $?"
sleep 0.3 &
kill -TERM $!
wait $!
echo "TERM: status $?"
