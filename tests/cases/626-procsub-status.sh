# ref: bash
# The command's status is the consumer's, never the producer's.
cat <(exit 3)
echo "cat $?"
cat <(echo x; exit 5) > /dev/null
echo "cat $?"
if cmp -s <(echo a) <(echo a); then echo equal; fi
if ! cmp -s <(echo a) <(echo b); then echo unequal; fi
grep -q nomatch <(echo text)
echo "grep $?"
cat <(echo a) <(echo b) > /dev/null && echo and-list
