# ref: minish
# timeout: 30
# unbounded recursion must end in a clear error (a nesting limit), never a segfault
f() { f; }
( f ) 2>err
s=$?
[ $s -ne 0 ] && [ $s -lt 128 ] && echo clean-failure
grep -q '^minish: ' err && echo has-message
echo survived
