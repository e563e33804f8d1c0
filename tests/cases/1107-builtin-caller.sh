# ref: bash
# builtin NAME runs the builtin even when a function has that name; caller prints the line and
# file of a call (and with N, the function that made it).
echo() { printf 'the function: %s\n' "$*"; }
echo a
builtin echo b
builtin nosuch arg; builtin printf 'status %s\n' "$?"
builtin; builtin printf 'status %s\n' "$?"
builtin cd /; pwd
unset -f echo
f() {
    caller
    caller 0
    caller 1; echo "caller 1 status $?"
    g
}
g() {
    caller 0
    caller 1
    caller 2; echo "caller 2 status $?"
}
f
caller x; echo "status $?"
