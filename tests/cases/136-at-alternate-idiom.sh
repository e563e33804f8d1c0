count() { echo $#; }
set -- "a b" c
count ${1+"$@"}
set --
count ${1+"$@"}
