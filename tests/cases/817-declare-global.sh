# ref: bash
# declare in a function makes a local; declare -g sets the global even when a local of the
# same name hides it; local outside a function is an error.
x=global
f() {
    declare x=local
    declare -g y=from-f
    declare -g x=changed-global
    echo "in f: $x $y"
    declare -ga arr=(g1 g2)
}
f
echo "after: $x $y ${arr[@]}"
local z=1; echo "status $?"
