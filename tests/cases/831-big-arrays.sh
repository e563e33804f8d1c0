# ref: bash
# timeout: 60
# Large arrays stay fast: a million elements from mapfile, 20,000 filled from the highest
# index down, 20,000 unset from the front one by one, 20,000 associative keys.
seq 1000000 > numbers
mapfile -t big < numbers
echo "${#big[@]} ${big[0]} ${big[999999]} ${big[-1]}"
i=20000
while [ $i -gt 0 ]; do r[i]=$i; i=$((i - 1)); done
echo "${#r[@]} ${r[1]} ${r[20000]}"
i=1
while [ $i -le 19990 ]; do unset "r[$i]"; i=$((i + 1)); done
echo "${#r[@]} ${!r[*]}"
declare -A m
i=0
while [ $i -lt 20000 ]; do m[k$i]=$i; i=$((i + 1)); done
echo "${#m[@]} ${m[k0]} ${m[k19999]}"
