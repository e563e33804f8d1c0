# ref: minish
me=$(readlink /proc/$$/exe)
"$me" -c 'echo a; fi'
echo "status $?"
