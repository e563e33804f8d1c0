# ref: bash
# diff reads two process substitutions: equal inputs, then different ones.
diff <(printf 'a\n') <(printf 'a\n') && echo same
diff <(printf 'a\n') <(printf 'b\n') > /dev/null || echo "differ $?"
