seq 1 200000 | wc -l
seq 1 200000 | cat | cat | tail -1
