echo a > f1 > f2
wc -c < f1
cat f2
