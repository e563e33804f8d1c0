# ref: bash
# hash -l (as commands), -t (the remembered path; NAME<TAB>path for several), -d (forget one),
# -p PATH NAME (remember a path), -r; a name not remembered is an error (status 1).
PATH=/usr/bin:/bin
hash ls cat
hash -l | sort
hash -t ls
hash -t ls cat
hash -t nosuch; echo "status $?"
hash -d ls
hash -t ls; echo "status $?"
hash -d ls; echo "status $?"
hash -p /bin/echo myecho
hash -t myecho
myecho "run through hash -p"
hash -r
hash -l; echo "status $?"
hash -x; echo "status $?"
# suspend needs job control (a script has none)
suspend; echo "suspend status $?"
suspend -x; echo "suspend status $?"
logout; echo "logout status $?"
