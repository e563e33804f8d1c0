IFS=:
x=':a:'
for f in $x; do echo "[$f]"; done
