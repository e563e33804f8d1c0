# ref: bash
# Readonly variables and arrays refuse changes: assignment, elements, appends, unset,
# declare; the shell goes on (each change tried in a subshell, as a failed assignment ends
# a script).
readonly r=1
declare -r ra=(1 2)
readonly -A rm=([k]=v)
(r=2; echo not reached); echo "status $?"
(ra[0]=9; echo not reached); echo "status $?"
(ra+=(3); echo not reached); echo "status $?"
unset r; echo "unset status $?"
declare r=5; echo "declare status $?"
echo "$r ${ra[@]} ${rm[k]}"
declare -p r ra
f() { local r=inner; echo "local status $?"; }
f
