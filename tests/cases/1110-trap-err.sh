# ref: bash
# trap ... ERR runs after a command fails where set -e would act (not in conditions, not for
# the left of && or ||, not after !); in functions, $(...) and subshells only with set -E.
# $? in the trap is the failed status; BASH_COMMAND names the command; $LINENO its line.
trap 'echo "ERR line $LINENO status $? command: $BASH_COMMAND"' ERR
false
true
f() { false; echo "in f after false"; return 3; }
f
( exit 4 )
x=$(false; echo "from the substitution"); echo "$x"
if false; then :; fi
while false; do :; done
false || true
! false
false && true
ls /nonexistent-x 2>/dev/null | true
[[ a == b ]]
(( 0 ))
echo "--- set -E"
set -E
f
( false; echo "in the subshell" )
x=$(false; echo "from the substitution"); echo "$x"
set +E
echo "--- set -e with ERR"
trap 'echo "ERR before exit, status $?"' ERR
trap -p ERR
set -e
false
echo "not reached"
