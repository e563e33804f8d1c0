printf '%s-%s\n' a b c
printf '%s\n'
printf '[%d]\n'
