# ref: bash
# Compound assignments: elements spread over lines with comments, [i]= mixed with plain
# elements, words split and globbed, keyed values not; key value pairs for an associative
# array; declare -a with a quoted "(...)" value.
a=(
    one   # first
    [5]=five
    six
)
echo "${!a[@]} / ${a[@]}"
v='x y'
b=($v "$v" [9]=$v)
printf '[%s]' "${b[@]}"; echo
declare -A kv=(k1 v1 k2 v2)
echo "${kv[k1]} ${kv[k2]} ${#kv[@]}"
declare -a q="(1 2 3)"
echo "${#q[@]} ${q[2]}"
declare s="(not an array)"
echo "$s"
