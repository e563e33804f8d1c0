p=/usr/local/bin/tool
echo ${p#*/} ${p##*/} ${p#/usr} ${p#nomatch}
