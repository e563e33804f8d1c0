echo bg-out > f &
wait
cat f
