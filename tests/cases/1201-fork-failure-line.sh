# ref: minish
# (bash retries a failed fork for seconds before it gives up.)
# A fork that fails (no process under ulimit -u 1 as an unprivileged user) is reported on the
# line of the command that forked, in every context: the first command of -c (it said line 0),
# a pipeline, $(...), a program, a function body, a loop, an async list, a continued line, eval,
# a case subject, a piped group, a trap. (As root the shell runs as nobody, where the limit
# applies; LeakSanitizer cannot follow a process that changed its user, so leaks are not
# checked there; its TMPDIR is relative: it cannot reach the case's directory from /.)
me=$(readlink /proc/$$/exe)
cp "$me" ./m && chmod 755 . ./m
mkdir fifos && chmod 1777 fifos
cat > script <<'SCRIPT'
ulimit -u 1
true | true
echo "pipeline $?"
echo $(echo x)
echo "cmdsub $?"
f() {
    : first
    /bin/true
}
f; echo "function $?"
for i in 1; do
    (echo sub)
done
echo "loop $?"
if true; then
    true &
fi
cat <(true) \
    /dev/null
echo "continued $?"
eval 'echo a
true | true'
echo "eval $?"
case $(true) in
*) echo case ;;
esac
{
    echo group
} | cat
echo "group $?"
trap 'true | true' EXIT
x=$(echo x)
echo "assignment $?: only the command fails, as with echo \$(...)"
SCRIPT
chmod 644 script
run() {
    if [ "$(id -u)" = 0 ]; then
        ASAN_OPTIONS=detect_leaks=0 setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"
    else
        "$@"
    fi
}
run ./m -c 'ulimit -u 1; true | true; echo "first command $?"'
TMPDIR=fifos run ./m script
echo "script $?"
ls -A fifos
