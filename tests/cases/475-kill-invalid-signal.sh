kill -NOSUCHSIG $$ 2>/dev/null
[ $? -ne 0 ] && echo failed
kill 2>/dev/null
[ $? -ne 0 ] && echo no-args
echo continues
