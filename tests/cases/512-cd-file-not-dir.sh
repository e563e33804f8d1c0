touch f
cd f 2>/dev/null
[ $? -ne 0 ] && echo failed
