# ref: bash
# An interactive shell abandons the command line on an expansion error (unset variable under
# set -u, ${x?}, a bad arithmetic expression), as bash does: the rest of the line does not
# run and the status is non-zero; a subshell of it ends; a later line runs again.
me=$(readlink /proc/$$/exe)
i() { "$me" -i -c "$1" < /dev/null 2>/dev/null | grep -v '^#'; echo "status $((${PIPESTATUS[0]} != 0))"; }
i 'set -u; echo before; echo $x; echo after'
i 'echo before; echo ${x?unset}; echo after'
i 'echo before; x=$(( 1 / 0 )); echo after'
i 'set -u; (echo $x; echo in-subshell); echo "after the subshell: $?"'
i 'set -u; f() { echo $x; echo in-f; }; f; echo after-f'
printf '%s\n' 'set -u' 'echo $nope; echo same-line' 'echo next-line' | "$me" -i 2>/dev/null | grep -v '^#'
