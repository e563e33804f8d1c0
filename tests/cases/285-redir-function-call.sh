f() { echo a; echo b >&2; }
f > out 2>&1
cat out
f 2>/dev/null
