count() { echo $#; }
set --
count "$@"
count "$@" x
count "${@}"
set -- ""
count "$@"
