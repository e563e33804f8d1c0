# ref: bash
# unset of a whole array, of an element (by index, negative index, index from a variable),
# and of every element with [@].
a=(0 1 2 3 4)
unset 'a[1]'
unset 'a[-1]'
i=2
unset 'a[i]'
echo "${!a[@]} / ${a[@]}"
unset a
echo "[${a[@]}] ${#a[@]}"
b=(x y)
unset 'b[@]'
echo "[${b[@]}]"
declare -p b 2>/dev/null || echo "b is gone"
c=(p q)
unset c[0]
echo "${c[@]}"
