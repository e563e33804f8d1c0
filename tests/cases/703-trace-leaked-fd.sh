# ref: minish
# A deliberately leaked fd: after `exec 5<data` the shell holds fd 5 (not close-on-exec), so the
# trace warns once, right after that command, and every process started later shows fd 5.
# After `exec 5<&-` it is gone from the next process; a builtin-only command warns about nothing.
echo hello > data
exec 2>trace.txt
set -o fdtrace
/bin/true > /dev/null
exec 5<data
/bin/echo first > /dev/null
cat <&5 > /dev/null
exec 5<&-
/bin/echo after > /dev/null
echo builtin only
set +o fdtrace
exec 2>&1
sed -e "s|$HOME|HOME|g" -e 's/pid [0-9][0-9]*/pid P/' -e 's/pgid [0-9][0-9]*/pgid G/' trace.txt
