true & p1=$!
true & p2=$!
[ "$p1" != "$p2" ] && echo differ
wait
