[ 1 = 1 2>/dev/null
[ $? -gt 1 ] && echo missing-bracket
[ 1 -eq x ] 2>/dev/null
[ $? -gt 1 ] && echo bad-integer
test; echo $?
[ ]; echo $?
