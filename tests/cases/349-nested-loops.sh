for a in 1 2; do
  i=0
  while [ $i -lt 2 ]; do
    echo "$a.$i"
    i=$((i+1))
  done
done
