count() { echo $#; }
unset IFS
x='a	b c
d'
count $x
