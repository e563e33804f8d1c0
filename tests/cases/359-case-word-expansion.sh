x='hello world'
case $x in "hello world") echo expanded;; esac
case "" in "") echo empty-word;; esac
case $(echo cs) in cs) echo cmdsubst;; esac
set -- one
case $1 in one) echo positional;; esac
