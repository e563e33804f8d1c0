# ref: bash
# Several process substitutions in one command, inputs and outputs mixed.
cat <(echo a) <(echo b) <(echo c)
cmp -s <(echo same) <(echo same) && echo equal
echo x | tee >(tr x y) >(tr x z) > /dev/null | sort
sort <(echo 2) <(echo 3) - <(echo 1) < <(echo 0)
