# timeout: 5
yes | head -1
echo $?
yes | head -3 | wc -l
