echo x >&5 2>/dev/null
[ $? -ne 0 ] && echo bad-fd
cat <&6 2>/dev/null
[ $? -ne 0 ] && echo bad-fd-in
echo continues
