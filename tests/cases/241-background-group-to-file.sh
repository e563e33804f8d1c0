{ echo a; echo b; } > f &
wait
cat f
