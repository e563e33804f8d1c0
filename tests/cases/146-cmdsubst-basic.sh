echo $(echo hi) `echo bq`
echo "$(echo a) $(echo b)"
