# ref: bash
# Namerefs: reading and assigning through declare -n / local -n, arrays passed by name,
# ${!ref} giving the name, a nameref to an element, unset -n, a nameref set later.
x=target
declare -n r=x
echo "$r"
r=changed
echo "$x ${!r}"
fill() {
    local -n out=$1
    out=(a b c)
    out[3]=d
}
fill arr
echo "${arr[@]} ${#arr[@]}"
sum() { local -n list=$1; local t=0 v; for v in "${list[@]}"; do t=$((t + v)); done; echo $t; }
nums=(1 2 3 4)
sum nums
declare -n e='nums[2]'
echo "$e"
e=30
echo "${nums[@]}"
unset -n e
echo "${e-e is unset} ${nums[2]}"
declare -n later
later=x
echo "$later"
unset r
echo "[${x-x unset}]"
