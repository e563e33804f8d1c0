(exec nosuchcmd-xyz) 2>/dev/null
echo $?
(exec ./nosuch) 2>/dev/null
echo $?
