type nosuch-xyz > /dev/null 2>&1
[ $? -ne 0 ] && echo not-found
f() { :; }
type f > /dev/null && echo function-found
