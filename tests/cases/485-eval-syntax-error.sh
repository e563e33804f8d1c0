(eval 'if then') 2>/dev/null
[ $? -ne 0 ] && echo failed
echo continues
