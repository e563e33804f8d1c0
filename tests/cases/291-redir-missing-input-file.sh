cat < nosuch 2>/dev/null
[ $? -ne 0 ] && echo failed
read x < nosuch 2>/dev/null
[ $? -ne 0 ] && echo read-failed
echo continues
