# ref: bash
# >(cmd) as a redirection target of a builtin; wait $! waits for the reader.
echo data > >(cat)
wait $!
echo "waited $?"
printf 'x\ny\n' > >(sort -r)
wait $!
echo done
