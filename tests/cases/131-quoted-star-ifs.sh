set -- a 'b c' d
echo "$*"
IFS=:
echo "$*"
IFS=
echo "$*"
unset IFS
echo "$*"
IFS=',;'
echo "$*"
