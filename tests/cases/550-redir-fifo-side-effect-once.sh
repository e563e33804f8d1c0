# ref: dash
# A redirection to a FIFO, with a side effect in another redirection word of the same command:
# the side effect happens once, in the shell (as dash: n ends at 2 and only 1.err and 2.err
# exist). Opening a FIFO waits for the other end, which a background job provides.
mkfifo p
cat p > out &
n=0
/bin/echo written 2> $((n+=1)).err > p
wait
/bin/echo read > p &
/bin/cat < p 2> $((n+=1)).err
wait
echo "n=$n"
ls *.err
cat out
