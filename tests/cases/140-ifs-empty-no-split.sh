count() { echo $#; }
IFS=
x='a b:c'
count $x
