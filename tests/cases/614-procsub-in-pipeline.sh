# ref: bash
# In the stages of a pipeline.
cat <(echo a) | tr a b
echo left | paste - <(echo right)
seq 3 | cat - <(echo end) | wc -l
echo first | cat <(echo zero) - | sort
