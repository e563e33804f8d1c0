# ref: bash
# Inside command substitution, and a command substitution inside the list.
x=$(cat <(echo inner))
echo "x=$x"
y=$(paste <(echo a) <(echo b))
echo "y=$y"
cat <(echo "sub $(echo nested)")
echo "$(wc -l < <(seq 3))"
