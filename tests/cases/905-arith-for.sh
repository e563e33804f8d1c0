# ref: bash
# for (( init; cond; step )): all parts optional, break and continue, brace body.
for ((i = 0; i < 3; i++)); do echo "i=$i"; done
for ((i=10;i>4;i-=3)); do echo "down $i"; done
for ((i=0, j=5; i < j; i++, j--)); do echo "$i $j"; done
for (( ; ; )); do echo once; break; done
n=0
for ((;n < 2;)); do echo "n=$n"; (( n++ )); done
for ((i = 0; i < 5; i++)); do
    (( i == 1 )) && continue
    (( i == 3 )) && break
    echo "body $i"
done
echo "after: i=$i"
for ((i=0;
      i<2;
      i++))
do
    echo "lines $i"
done
for ((i = 0; i < 2; i++)) { echo "brace $i"; }
for ((i = 0; i < 2; i++)); do
    for ((j = 0; j < 3; j++)); do
        (( j == 1 )) && continue 2
        echo "$i.$j"
    done
done
for ((i = 0; i < 0; i++)); do echo never; done
echo "status $?"
lim=2
for ((k = 0; k < lim; k++)); do echo "k=$k"; done | cat
