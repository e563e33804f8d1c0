(echo a >&-) 2>/dev/null
[ $? -ne 0 ] && echo write-failed
(sh -c 'echo b' >&-) 2>/dev/null
echo continues
