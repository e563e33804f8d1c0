# ref: bash
# trap ... DEBUG runs before each simple command, [[ ]] and (( )) with BASH_COMMAND set; inside
# functions only with set -T (functrace), which also makes functions run the RETURN trap; a
# sourced file runs the RETURN trap when it ends.
trap 'echo "DEBUG: $BASH_COMMAND"' DEBUG
echo one
x=1
[[ $x == 1 ]]
(( x++ ))
h() { echo "in h"; }
h
trap - DEBUG
echo "--- RETURN"
trap 'echo "RETURN in ${FUNCNAME[0]:-top}"' RETURN
g() { echo "in g"; }
g
echo 'echo "in the sourced file"' > sourced.sh
. ./sourced.sh
echo "--- set -T"
set -T
g
trap - RETURN
trap 'echo "DEBUG: $BASH_COMMAND"' DEBUG
h
trap - DEBUG
trap -p
set +T
echo "--- traps listed"
trap 'echo d' DEBUG; trap 'echo e' ERR; trap 'echo r' RETURN; trap 'echo x' EXIT
trap -p
trap
trap - DEBUG ERR RETURN EXIT
trap -p DEBUG ERR RETURN EXIT
echo done
