i=0
while [ $i -lt 3 ]; do
  i=$((i+1))
  for j in a b; do
    [ $j = b ] && continue 2
    echo $i$j
  done
done
