(sleep 0.3; echo slow) &
echo fast
wait
echo done
