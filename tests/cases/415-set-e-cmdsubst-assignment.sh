set -e
x=$(true)
echo ok1
x=$(false)
echo not-reached
