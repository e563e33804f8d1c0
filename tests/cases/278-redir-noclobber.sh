set -C
echo a > f
echo b > f 2>/dev/null
[ $? -ne 0 ] && echo refused
cat f
echo c >| f
cat f
echo d >> f
cat f
