# ref: bash
# More data than a pipe buffer holds, both ways.
wc -c < <(head -c 1000000 /dev/zero)
head -c 1000000 /dev/zero > >(wc -c > count)
wait $!
cat count
cmp <(seq 100000) <(seq 100000) && echo same
