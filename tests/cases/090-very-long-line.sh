me=$(readlink /proc/$$/exe)
{ printf 'echo '; head -c 1000000 /dev/zero | tr '\0' a; echo; } > long.sh
"$me" long.sh | wc -c
