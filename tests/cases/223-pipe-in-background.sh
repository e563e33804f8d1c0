echo a | cat > f &
wait
cat f
