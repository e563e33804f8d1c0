me=$(readlink /proc/$$/exe)
printf '%s\n' 'echo "$0|$#|$1|$2"' 'exit 4' > s.sh
"$me" s.sh a 'b c'; echo $?
"$me" ./s.sh; echo $?
