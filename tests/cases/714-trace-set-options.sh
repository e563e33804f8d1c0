# ref: minish
# The three tracing options are listed by set -o (off by default) and set +o (as commands that
# restore them), and switched on by set -o NAME or by --fdtrace / --jobtrace / -o NAME on the
# command line. (Their traces go to stderr, here /dev/null.)
set -o | grep -E 'fdtrace|jobtrace|dumpast'
{
    set -o fdtrace -o jobtrace -o dumpast
    set -o | grep -E 'fdtrace|jobtrace|dumpast'
    set +o | grep -E 'fdtrace|jobtrace|dumpast'
    set +o fdtrace +o jobtrace +o dumpast
} 2>/dev/null
set -o | grep -E 'fdtrace|jobtrace|dumpast'
me=$(readlink /proc/$$/exe)
"$me" --fdtrace --jobtrace -c 'set -o' 2>/dev/null | grep -E 'fdtrace|jobtrace|dumpast'
"$me" -o dumpast -c 'set +o' 2>/dev/null | grep -E 'dumpast'
