IFS=' :'
x=' a : b ::c '
for f in $x; do echo "[$f]"; done
