me=$(readlink /proc/$$/exe)
"$me" -c 'echo a
echo b
exit 3'; echo $?
