# timeout: 20
mkdir g && cd g
seq 1 3000 | sed 's/^/f/' | xargs touch
set -- *
echo $# $1 ${3000}
set -- f1*
echo $#
