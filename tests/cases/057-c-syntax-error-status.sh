me=$(readlink /proc/$$/exe)
"$me" -c 'echo a; (' 2>/dev/null; echo $?
"$me" -c 'echo ok; fi' 2>/dev/null; echo $?
