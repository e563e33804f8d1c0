# ref: bash
# The consumer stops reading an endless producer: the producer is ended.
head -n 1 <(yes)
echo "head $?"
head -c 5 <(yes abc)
echo
cmp -s <(yes) <(yes | head -n 3) || echo "cmp $?"
echo done
