{ echo a; echo b; echo c; } | sort -r
