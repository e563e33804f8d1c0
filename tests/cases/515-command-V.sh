command -V echo
command -V nosuch-xyz >/dev/null 2>&1
[ $? -ne 0 ] && echo not-found
