# ref: bash
# A process substitution as the target of an input redirection.
wc -l < <(seq 5)
tr a-z A-Z < <(echo upper)
