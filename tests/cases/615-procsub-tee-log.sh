# ref: bash
# cmd > >(tee log): the reader writes a file, complete once wait $! returns.
echo hello > >(tee log > /dev/null)
wait $!
cat log
printf 'one\ntwo\n' > >(tee log2)
wait $!
wc -l < log2
