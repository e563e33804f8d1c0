printf 'echo a\r\n' > cr.sh
me=$(readlink /proc/$$/exe)
"$me" cr.sh 2>/dev/null | od -An -c | tr -s ' '
