# ref: bash
# An external command reads the output of a process substitution by its path.
cat <(echo hi)
cat <(printf 'two\nlines\n')
cat -n <(echo numbered)
