# ref: bash
# Arrays local to a function, declared with local/declare (-a), gone after it returns; the
# outer array is back untouched.
a=(outer1 outer2)
f() {
    local a=(in1 in2 in3)
    declare -a b=(x)
    local -a c
    c[5]=five
    echo "in f: ${a[@]} / ${b[@]} / ${!c[@]}"
    g
}
g() { echo "g sees: ${a[@]} / ${#a[@]}"; }
f
echo "after: ${a[@]} / [${b[@]}] / [${c[@]}]"
h() { local -a x; x+=(1); x+=(2); echo "${x[@]}"; }
h; h
