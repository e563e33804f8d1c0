# ref: minish
# A pipeline stage that runs a builtin (echo) or a function is a forked shell that never execs:
# it gets a block when the builtin or function starts, marked as such. A subshell or a function
# stage that runs an external program is traced again at that program's exec, with the fds of
# the stage. `exec` of a program replaces a subshell, which is traced too.
f() { /bin/echo in f; }
exec 2>trace.txt
set -o fdtrace
{
    echo a | wc -c
    (/bin/echo b) | cat
    f | cat
    (exec /bin/echo c)
} > out.txt
set +o fdtrace
exec 2>&1
sed -e "s|$HOME|HOME|g" -e 's/, written by pids* [0-9, ]*)/)/' -e 's/pid [0-9][0-9]*/pid P/g' -e 's/pgid [0-9][0-9]*/pgid G/' \
    -e 's/pipe:\[[0-9]*\]/pipe:[I]/' trace.txt |
    awk '/^\[/ { if (n++) printf "\n"; printf "%s", $0; next } { printf "\001%s", $0 } END { printf "\n" }' |
    sort | tr '\001' '\n'
echo "$(grep -c '^\[fdtrace\] pid' trace.txt) blocks, $(grep -c '(builtin, in a forked shell)$\|(function, in a forked shell)$' trace.txt) of them for a builtin or function"
cat out.txt
