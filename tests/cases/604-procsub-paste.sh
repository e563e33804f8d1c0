# ref: bash
# Two process substitutions read side by side.
paste <(seq 3) <(seq 4 6)
paste -d: <(printf 'a\nb\n') - <(printf 'c\nd\n') < <(printf '1\n2\n')
