# ref: minish
# Tracing never changes what a process gets: the fds seen by a simple command, a pipeline stage,
# a child of a child and a process-substitution consumer are the same with fdtrace on and off
# (the trace fd is a close-on-exec copy above 9), and so are the outputs.
exec 7>/dev/null
MINISH_TRACEFD=7
probe() {
    ls /proc/self/fd | tr '\n' ' '; echo
    /bin/echo x | ls /proc/self/fd | tr '\n' ' '; echo
    /bin/sh -c 'ls /proc/$$/fd' | tr '\n' ' '; echo
    cat <(ls /proc/self/fd) | tr '\n' ' '; echo
    exec 5</dev/null
    ls /proc/self/fd | tr '\n' ' '; echo
    exec 5<&-
}
probe > off.txt 2>&1
set -o fdtrace
probe > on.txt 2>&1
set +o fdtrace
cmp off.txt on.txt && echo "same fds with and without the trace"
cat on.txt
