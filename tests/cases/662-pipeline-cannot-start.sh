# ref: minish
# (bash hangs with ulimit -n 3 and dash prints nothing there.)
# A pipeline whose first stage cannot start (no pipe under ulimit -n 3; no process under
# ulimit -u 1 as an unprivileged user) fails with status 1 and a message; the shell goes on.
# (As root the second part runs as nobody, where the limit applies; LeakSanitizer cannot follow
# a process that changed its user, so leaks are not checked there.)
me=$(readlink /proc/$$/exe)
"$me" -c 'ulimit -n 3; true | true; echo "no pipe: $?"; ! true | true; echo "negated: $?"' 2>/dev/null
if [ "$(id -u)" = 0 ]; then
    cp "$me" ./m && chmod 755 . ./m
    ASAN_OPTIONS=detect_leaks=0 setpriv --reuid=nobody --regid=nogroup --clear-groups ./m -c 'ulimit -u 1; true | true; echo "no process: $?"' 2>/dev/null
else
    "$me" -c 'ulimit -u 1; true | true; echo "no process: $?"' 2>/dev/null
fi
