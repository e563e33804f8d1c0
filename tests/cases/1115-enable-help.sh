# ref: minish
# enable lists every builtin as `enable NAME' (all are enabled; -n lists none and refuses to
# disable one, with a message); help takes patterns.
enable | head -n 3
[ "$(enable -p | grep -c '^enable ')" -eq "$(help | tail -n +2 | wc -l)" ] && echo "one line per builtin"
enable -a | grep -x 'enable echo'
enable -n; echo "status $?"
enable echo; echo "status $?"
enable -n echo; echo "status $?"
enable nosuch; echo "status $?"
help 'pu*'
help -s 'type'
help 'nosuch*' '[0-9]*'; echo "status $?"
