# ref: minish
# `exec PROGRAM <(...)` / `>(...)` in the contexts case 660 does not reach: the top level of a
# shell (its own process becomes the program), a function called at the top level, a stage
# that is itself `exec`, and each of them under job control (set -m works without a terminal),
# plus substitutions the program never opens. Nothing is left in TMPDIR, no process of the
# session outlives the case, nothing hangs (the runner checks all three).
# The >(...) reader of a top-level exec finishes its output (it was killed, losing it at times).
# (bash leaves the producers running when the program never opens them.)
me=$(readlink /proc/$$/exe)
for m in +m -m; do
    "$me" -c "set $m; exec /bin/true <(echo never read)"; echo "$m top level $?"
    "$me" -c "set $m; exec cat <(echo read)"; echo "$m top level read $?"
    "$me" -c "set $m; exec /bin/true <(sleep 5) >(cat)"; echo "$m top level unopened $?"
    "$me" -c "set $m; exec sh -c 'exit 4' <(true)"; echo "$m top level status $?"
    x=$("$me" -c "set $m; exec cat > >(tr a b)" <<< aaa); echo "$m top level output $? $x"
    "$me" -c "set $m; f() { exec cat <(echo in function); }; f; echo not reached"; echo "$m function $?"
    "$me" -c "set $m; f() { exec /bin/true <(sleep 5); }; f"; echo "$m function sleeper $?"
    "$me" -c "set $m; echo | exec cat <(echo stage) - | cat"; echo "$m exec stage $?"
    "$me" -c "set $m; f() { exec cat <(echo piped function); }; f | cat"; echo "$m function stage $?"
    "$me" -c "set $m; (exec /bin/true <(sleep 5)) & wait \$!"; echo "$m async $?"
    x=$("$me" -c "set $m; exec cat <(echo cmdsub)"); echo "$m outer cmdsub $x"
    "$me" -c "set $m; true <(true); (exec /bin/true <(true)); echo after"; echo "$m issue $?"
done
