set -u
set -- a
echo $1
(echo $2) 2>/dev/null
[ $? -ne 0 ] && echo failed-on-2
