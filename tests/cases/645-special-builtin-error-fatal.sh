# ref: dash
# POSIX 2.8.1: an error of a special builtin (here shift, set -o, export, break with a bad count,
# a readonly prefix) ends a non-interactive shell with status 2, as dash does; `command` takes
# the special property away. Each is tried in its own shell.
me=$(readlink /proc/$$/exe)
for s in 'set -- a b; shift 3' 'set -o nosuch || true' 'export 1x=y' 'x=oops; while true; do break $x; done' \
         'readonly r=1; r=2 echo no' 'unset -Z' 'set -- a; command shift 3; echo "command: $?"'; do
    "$me" -c "$s; echo not reached" 2>/dev/null
    echo "status $?"
done
