# ref: dash
# An error in $((...)) ends a script with status 2 (dash, POSIX); `: 3>&3` with fd 3 closed is
# not an error and does not end the script (dash).
: 3>&3
echo "self dup: $?"
me=$(readlink /proc/$$/exe)
"$me" -c 'echo $((1 + 2.3)); echo not reached' 2>/dev/null
echo "syntax error: $?"
"$me" -c 'echo $((1 / 0)); echo not reached' 2>/dev/null
echo "division by zero: $?"
