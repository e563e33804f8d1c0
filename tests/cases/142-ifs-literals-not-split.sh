count() { echo $#; }
IFS=:
count a:b:c
x=a:b
count $x a:b "$x"
