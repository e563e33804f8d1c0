(echo $((1+))) 2>/dev/null
[ $? -ne 0 ] && echo e1
(echo $((2 3))) 2>/dev/null
[ $? -ne 0 ] && echo e2
(echo $(( (1 ))) ) 2>/dev/null
echo "no-crash"
