x=5
echo $((x+1)) $(($x+1)) $((x*x))
unset u
echo $((u+1))
y=" 12 "
echo $((y*2))
