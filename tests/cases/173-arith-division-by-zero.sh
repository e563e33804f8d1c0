(echo $((1/0))) 2>/dev/null
[ $? -ne 0 ] && echo div-failed
(echo $((5%0))) 2>/dev/null
[ $? -ne 0 ] && echo mod-failed
x=0
(echo $((10/x))) 2>/dev/null
[ $? -ne 0 ] && echo var-failed
echo continues
