# ref: minish
# `exec PROGRAM <(...)` or `exec PROGRAM >(...)` in a forked shell (a subshell, a function in one,
# a pipeline stage, $(...), an async list, with job control) leaves no FIFO, no directory and no
# process behind, and never hangs (the runner checks TMPDIR and the session's processes).
# bash prints the same but leaves the function's `sleep 5` running.
true <(true)
(exec /bin/true <(true)); echo "subshell $?"
x=$(exec cat <(echo hi)); echo "cmdsub $x"
(exec cat > >(tr a b)) <<< aaa; wait
echo | (exec cat <(echo z) -) | cat
f() { exec /bin/true <(sleep 5); }; (f); echo "function $?"
(exec /bin/true <(true)) & wait; echo "async $?"
(exec sh -c 'exit 3' <(true)); echo "status $?"
(exec sh -c 'kill -TERM $$' <(true)); echo "signal $?"
set -m
(exec /bin/true <(true)); echo "job control $?"
