# ref: bash
# A while loop reads its input from a process substitution and keeps its variables.
n=0
while read l; do
    echo "line $l"
    n=$((n + 1))
done < <(printf '1\n2\n')
echo "count $n"
