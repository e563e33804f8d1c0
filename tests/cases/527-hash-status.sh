hash ls
echo $?
hash nosuch-xyz 2>/dev/null
[ $? -ne 0 ] && echo not-found
hash -r
echo $?
