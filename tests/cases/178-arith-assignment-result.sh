echo $((x=5)) $x
echo $((y = x * 2)) $y
: $((z=9))
echo $z
