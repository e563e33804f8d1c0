# ref: bash
# A process substitution whose list uses another one.
cat <(cat <(echo x))
cat <(paste <(echo a) <(cat <(echo b)))
