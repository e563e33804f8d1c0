trap 'echo "status $?"' EXIT
false
