count() { echo $#; }
set -- "a b" c:d
IFS=:
count $*
count $@
