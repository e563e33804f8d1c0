# ref: bash
# A compound assignment to a nameref with no target yet makes it an ordinary array, with a
# warning (bash); through a nameref that has a target, the target gets the array.
declare -n ref
ref=(x 'y z')
echo "status $?"
declare -p ref
declare -n r2
r2+=(a)
declare -p r2
declare -n to=arr
to=(1 2)
declare -p arr to
