set -- $(seq 10000)
echo $# $1 ${10000}
