trap 'echo term' 15
kill -TERM $$
trap 'echo zero-exit' 0
echo end
