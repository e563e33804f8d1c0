trap '' INT
me=$(readlink /proc/$$/exe)
"$me" -c 'kill -INT $$; echo child-survived'
echo $?
