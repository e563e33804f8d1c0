true | cat
echo "[$(true | wc -c | tr -d ' ')]"
