count() { echo $#; }
x='  a   b  	c
d  '
count $x
echo $x
