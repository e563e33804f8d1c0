me=$(readlink /proc/$$/exe)
"$me" -e -c 'echo a; false; echo b'; echo $?
"$me" -c 'set -e; echo a; false; echo b'; echo $?
