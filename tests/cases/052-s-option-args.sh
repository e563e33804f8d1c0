me=$(readlink /proc/$$/exe)
echo 'echo "$# $1 $2"' | "$me" -s a 'b c'
