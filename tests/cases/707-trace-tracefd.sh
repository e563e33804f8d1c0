# ref: minish
# MINISH_TRACEFD=3 sends the trace to fd 3 instead of stderr. The shell copies that fd above 9
# (close-on-exec) the first time it traces, so a command's own redirections (2>/dev/null, 3>&-)
# do not hide its trace, and no program ever sees the copy: `ls /proc/self/fd` shows 0-3 (3 is
# inherited from the script's `exec 3>`) and its own directory fd, nothing above 9.
exec 3>trace.txt
MINISH_TRACEFD=3
set -o fdtrace
{
    /bin/echo a 2>/dev/null 3>&-
    ls /proc/self/fd
} > out.txt 2> err.txt
set +o fdtrace
exec 3>&-
# (a warning about fd 3 right after `set -o fdtrace` is case 708's bug, not this case's subject)
grep -v '^\[fdtrace\] warning: the shell now holds fd 3:' trace.txt |
    sed -e "s|$HOME|HOME|g" -e 's/pid [0-9][0-9]*/pid P/' -e 's/pgid [0-9][0-9]*/pgid G/'
echo "stderr: $(wc -c < err.txt) bytes"
cat out.txt
