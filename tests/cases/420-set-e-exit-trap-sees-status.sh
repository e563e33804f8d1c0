trap 'echo "trap status $?"' EXIT
set -e
false
echo not-reached
