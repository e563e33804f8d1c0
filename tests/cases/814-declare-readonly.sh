# ref: bash
# Readonly variables and arrays refuse changes: assignment, elements, appends, unset,
# declare, local; each change is tried in a subshell, as some end a script (minish ends it
# with status 2, as POSIX asks; bash uses 1 or goes on).
readonly r=1
declare -r ra=(1 2)
readonly -A rm=([k]=v)
(r=2; echo not reached) || echo "assignment failed"
(ra[0]=9; echo not reached) || echo "element failed"
(ra+=(3); echo not reached) || echo "append failed"
(unset r) || echo "unset failed"
(declare r=5) || echo "declare failed"
(rm[k]=w; echo not reached) || echo "associative element failed"
echo "$r ${ra[@]} ${rm[k]}"
declare -p r ra
f() { local r=inner; echo "local status $?"; }
f
