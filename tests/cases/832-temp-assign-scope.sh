# ref: bash
# x=v before a function: x is v inside (and exported), the function may change it, an unset
# in the function shows the outer x again, and x is back afterwards.
f() {
    echo "in f: x=$x"
    x=mutated
    echo "in f: x=$x"
    unset x
    echo "after unset in f: x=$x"
    env | grep '^x=' || echo "x not in the environment"
}
x=global
x=temp f
echo "after f: x=$x"
g() { env | grep '^y='; }
y=exported g
echo "y=[${y-unset}]"
