me=$(readlink /proc/$$/exe)
"$me" -c ';' 2>/dev/null; echo $?
"$me" -c 'echo a;;' 2>/dev/null; echo $?
"$me" -c '&& true' 2>/dev/null; echo $?
"$me" -c 'true |' 2>/dev/null; echo $?
