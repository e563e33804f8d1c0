set -- a b c
echo $# $1
shift
echo $# $1
shift 2
echo $#
