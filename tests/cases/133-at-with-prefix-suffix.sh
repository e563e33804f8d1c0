set -- a b c
for i in "x$@y"; do echo "[$i]"; done
set -- one
for i in "x$@y"; do echo "[$i]"; done
