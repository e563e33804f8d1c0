# ref: bash
# timeout: 60
# 1,000 process substitutions in a loop, each read by an external command.
i=0
while [ $i -lt 1000 ]; do
    cat <(echo "$i")
    i=$((i + 1))
done > out
wc -l < out
head -n 1 out
tail -n 1 out
seq 0 999 | cmp - out && echo all-lines
