trap '' TERM
sleep 0.3 &
p=$!
kill -TERM $p
wait $p
echo "status $?"
