(exit 5) &
p=$!
sleep 0.2
wait $p
echo $?
