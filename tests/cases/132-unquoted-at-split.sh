count() { echo $#; }
set -- "a b" c
count $@
count $*
count "$@"
count "$*"
