f() { set -- x y z; echo "in $#"; }
set -- a
f
echo "out $# $1"
