f() { echo "in: $# $1 $2"; }
set -- outer1 outer2 outer3
f a 'b c'
echo "out: $# $1"
