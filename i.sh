declare -A m
i=0
while [ $i -lt 100000 ]; do m[k$i]=$i; i=$((i + 1)); done
i=0 s=0
while [ $i -lt 100000 ]; do s=$((s + ${m[k$i]})); i=$((i + 1)); done
[ $s = 4999950000 ] && [ ${#m[@]} = 100000 ] || exit 1
