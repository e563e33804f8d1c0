# timeout: 5
seq 1 10000000 | head -2
