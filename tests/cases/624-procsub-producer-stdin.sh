# ref: bash
# The list of <(...) reads the standard input of the command that uses it (bash).
echo input | { cat <(cat); }
printf 'a\nb\n' | { read x; echo "x=$x"; cat <(cat); }
