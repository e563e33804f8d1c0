set -e
echo before
false
echo not-reached
