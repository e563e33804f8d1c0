exec 9> f
echo nine >&9
exec 9>&-
cat f
