count() { echo $#; }
IFS=:
x='a::b:'
count $x
for f in $x; do echo "[$f]"; done
