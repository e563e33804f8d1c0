# ref: bash
# A background command that uses a process substitution; wait for it.
cat <(echo bg) > out &
wait $!
echo "bg $?"
cat out
{ sleep 0.2; cat <(echo late); } &
wait
echo done
