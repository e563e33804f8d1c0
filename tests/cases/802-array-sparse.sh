# ref: bash
# Sparse arrays: explicit indices, indices listed by ${!a[@]}, unset elements, appending
# after the highest index, negative indices on a sparse array.
a=([3]=three [7]=seven one)
echo "${!a[@]} / ${a[@]} / ${#a[@]}"
a[1]=x
unset 'a[3]'
echo "${!a[@]} / ${a[@]}"
a+=(nine)
echo "${!a[@]}"
echo "${a[-1]} ${a[-2]}"
echo "[${a[-3]}]"
i=5
a[i]=five
echo "${!a[@]}"
b=([0]=a [100000]=b)
echo "${#b[@]} ${!b[@]}"
