# the job is given SIG_IGN for INT after fork: let it start first
sleep 0.6 &
p=$!
sleep 0.2
kill -INT $p
wait $p
echo "status $?"
