# ref: minish
# Process-substitution FIFOs in the trace. `cat <(...)` gets the FIFO as a path argument (cat opens
# it itself, so cat's fds do not show it); the producer writes it on fd 1. `sort < <(...)` reads
# it on fd 0. `... > >(cat)` writes it on fd 1 and the reader (cat) reads it on fd 0. Each FIFO
# lives in the shell's private directory under $TMPDIR (psPID-N: PID is the shell's) and is gone
# afterwards.
# Producers and commands race, so the blocks are printed sorted by command.
exec 2>trace.txt
set -o fdtrace
{
    cat <(/bin/echo x)
    sort < <(/bin/echo y)
    /bin/echo z > >(cat)
    wait
} > out.txt
set +o fdtrace
exec 2>&1
sed -e "s|$HOME|HOME|g" -e 's/pid [0-9][0-9]*/pid P/' -e 's/pgid [0-9][0-9]*/pgid G/' \
    -e 's|/minish-[A-Za-z0-9]*/ps[0-9]*-|/minish-XXXXXX/psN-|g' trace.txt |
    awk '/^\[/ { if (n++) printf "\n"; printf "%s", $0; next } { printf "\001%s", $0 } END { printf "\n" }' |
    sort | tr '\001' '\n'
# the FIFO of each command is the one its producer (or reader) holds
awk '/^\[fdtrace\]/ { cmd = substr($0, index($0, ": ") + 2) }
     /^\[fdtrace\] pid .*: cat / { arg = $NF }
     cmd == "/bin/echo x" && $1 == "1:" { x = $3 }
     cmd == "/bin/echo y" && $1 == "1:" { y = $3 }
     cmd == "sort" && $1 == "0:" { s = $3 }
     cmd == "/bin/echo z" && $1 == "1:" { z = $3 }
     cmd == "cat" && $1 == "0:" { c = $3 }
     END {
         print (arg == x) ? "the argument of cat is the FIFO /bin/echo x writes" : "no: " arg " " x
         print (s == y) ? "sort reads the FIFO /bin/echo y writes" : "no: " s " " y
         print (c == z) ? "cat reads the FIFO /bin/echo z writes" : "no: " c " " z
         print (x != y && y != z) ? "three FIFOs" : "FIFOs reused"
     }' trace.txt
cat out.txt
