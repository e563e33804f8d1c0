# ref: bash
# An exported array is not passed to programs (bash cannot export arrays); its scalar
# neighbour is.
export a=(1 2 3)
export s=scalar
env | grep -E '^(a|s)=' | sort
declare -a b=(x)
export b
env | grep -c '^b=' || true
sh -c 'echo "child sees a=[${a-unset}] s=[$s]"'
