set -- -a -b
echo "$# $1 $2"
set --
echo $#
set -- -x
echo "$1"
