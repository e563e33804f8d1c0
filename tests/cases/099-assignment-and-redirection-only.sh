x=1 > f
echo "$x"
[ -e f ] && echo created
y=$(echo v) 2>/dev/null
echo "$y"
