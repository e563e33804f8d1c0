echo a=b
'x'=1 2>/dev/null
echo $?
x\=1 2>/dev/null
echo $?
