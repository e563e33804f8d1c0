# ref: bash
# Output substitutions as redirection targets of builtins and groups (for an external
# command bash starts the substitution in the child, so $! would not be its pid).
echo hi > >(cat > out1)
wait $!
cat out1
{ echo b; echo a; echo c; } > >(sort > out2)
wait $!
cat out2
printf '%s\n' x y > >(wc -l > out3)
wait $!
cat out3
