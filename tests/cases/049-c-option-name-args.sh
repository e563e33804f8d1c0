me=$(readlink /proc/$$/exe)
"$me" -c 'echo $0 $# $1 $2' name a 'b c'
"$me" -c 'echo $0' name
