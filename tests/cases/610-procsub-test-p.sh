# ref: bash
# The expansion of <(...) and >(...) is a pipe (a FIFO), seen by test and [.
test -p <(true) && echo fifo
[ -p <(true) ] && echo fifo2
test -p >(cat) && echo fifo3
test -f <(true) || echo not-regular
