# ref: minish
# The trace goes where stderr was when the trace was switched on, not into a command's own
# redirections, even when the first traced command redirects its stderr: here the first traced
# command is started from the shell (posix_spawn) with `>out.txt 2>&1`. out.txt must get only
# the command's own error message; trace.txt (the script's stderr) gets every block.
exec 2>trace.txt
set -o fdtrace
/bin/ls /nonexistent >out.txt 2>&1
/bin/echo second > /dev/null
set +o fdtrace
exec 2>&1
echo "--- out.txt:"
cat out.txt
echo "--- trace.txt:"
sed -e "s|$HOME|HOME|g" -e 's/pid [0-9][0-9]*/pid P/' -e 's/pgid [0-9][0-9]*/pgid G/' trace.txt
