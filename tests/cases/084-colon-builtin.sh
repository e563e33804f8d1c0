: a b c > f
echo $?
false
:
echo $?
[ -e f ] && echo created
