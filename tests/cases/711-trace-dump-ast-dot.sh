# ref: minish
# minish --dump-ast=dot prints the command tree as a Graphviz digraph and runs nothing (a and b do
# not exist: no "command not found"); quotes and backslashes in labels are escaped for dot; an
# unknown format is refused with status 2.
me=$(readlink /proc/$$/exe)
"$me" --dump-ast=dot -c 'a | b' 2>&1
echo "status $?"
"$me" --dump-ast=dot -c 'cat <<END >out
x
END
f() { g "$1"; } && f' 2>&1
echo "status $?"
test -e out || echo "nothing ran"
"$me" --dump-ast=dot -c 'echo "a\b" '\''q"'\'' $(x)' 2>&1
echo "status $?"
"$me" --dump-ast=svg -c 'a' 2>&1
echo "status $?"
