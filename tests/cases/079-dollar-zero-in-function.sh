f() { echo "$0 $# $1"; }
f arg
