cd /nonexistent/dir 2>/dev/null
[ $? -ne 0 ] && echo failed
case $PWD in *nonexistent*) echo moved;; *) echo stayed;; esac
