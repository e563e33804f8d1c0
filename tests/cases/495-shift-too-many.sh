set -- a b
(shift 5) 2>/dev/null
[ $? -ne 0 ] && echo failed
echo "$# $1"
