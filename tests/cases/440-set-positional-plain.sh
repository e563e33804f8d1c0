set a b c
echo "$# $3"
