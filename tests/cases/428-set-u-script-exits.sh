me=$(readlink /proc/$$/exe)
"$me" -c 'set -u; echo before; echo $nosuchvar; echo not-reached' 2>/dev/null
[ $? -ne 0 ] && echo exited-nonzero
