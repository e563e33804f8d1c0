echo a 2>f
cat f
echo b 2 >g
cat g
