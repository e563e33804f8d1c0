# ref: bash
# compgen lists completions: -W words (split on IFS), -f files, -d directories, -v variables,
# -b builtins, -k keywords, -a aliases, -c commands, -P/-S around them, -X filters, -F runs a
# function and takes COMPREPLY; status 1 when nothing matches. complete sets, prints (-p) and
# removes (-r) the specs Tab uses; bad options and names give status 2.
shopt -s expand_aliases
mkdir -p dir1 dir2; touch file1 file2 .hidden dir1/inner
compgen -W 'start stop restart status' -- st
compgen -W 'start stop restart status' -- x; echo "status $?"
words='one two'
compgen -W '$words three' -- t
compgen -W 'a b c' -P '<' -S '>'
compgen -W 'foo.o foo.c bar.c' -X '*.o'
compgen -W 'foo.o foo.c bar.c' -X '!*.o'
compgen -f -- file | sort
compgen -d | sort
compgen -d -- dir1/ | sort
compgen -f -- dir1/ | sort
compgen -f -- .h
myvar1=1 myvar2=2
compgen -v myvar | sort
compgen -A variable myvar | sort
export myexp=1
compgen -e myex
compgen -b -- ech
compgen -k -- whi
alias myalias=ls
compgen -a myal
f() { :; }
compgen -c -- ech | sort -u
_comp() { COMPREPLY=("one $1" "two $2" "three $3" "cw=$COMP_CWORD" "w=${COMP_WORDS[*]}"); }
compgen -F _comp -- cur 2>/dev/null
compgen -F nosuch -- x 2>/dev/null; echo "status $?"
complete -W 'start stop' svc
complete -p svc
complete -o nospace -o filenames -F _comp -f mycmd
complete -p mycmd
complete -r svc; complete -p svc; echo "status $?"
complete -r nosuch; echo "status $?"
complete -x; echo "status $?"
compgen -o nosuch; echo "status $?"
compgen -A nosuch; echo "status $?"
compgen -W; echo "status $?"
