me=$(readlink /proc/$$/exe)
"$me" -c 'exit 5'; echo $?
"$me" -c 'false'; echo $?
"$me" -c 'true'; echo $?
