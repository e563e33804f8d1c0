# ref: bash
# requires: no-sanitizer
# Out of memory (ulimit -v) in a script: a 100 MB command substitution, a variable doubled
# until it does not fit, three million arguments. The shell says so ("cannot allocate") and
# exits with status 2, as bash does: no abort() and no core dump (status 134), no process
# substitution left behind (its process ended, its FIFO removed: the runner checks both).
me=$(readlink /proc/$$/exe)
run() {
    "$me" -c "ulimit -v 60000; $1" 2> err
    echo "status $?"
    if grep -q 'cannot allocate' err; then echo "message: cannot allocate"; fi
}
run 'x=$(head -c 100000000 /dev/zero | tr "\0" a); echo not reached'
run 'x=a; while :; do x=$x$x; done; echo not reached'
run 'set -- $(seq 1 3000000); echo not reached'
run 'cat <(echo from the procsub) $(head -c 100000000 /dev/zero | tr "\0" a); echo not reached'
run 'x=$(head -c 100000000 /dev/zero); echo "NUL bytes take no memory: ${#x}"'
run 'f() { x=$(yes); }; f; echo not reached'
run 'x=$(yes | head -c 1000); echo "small: ${#x}"'
