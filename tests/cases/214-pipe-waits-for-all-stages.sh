{ sleep 0.2; echo late > f; } | true
cat f
true | { sleep 0.2; echo late2 > g; }
cat g
