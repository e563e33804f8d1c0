echo | exit 3
echo $?
exit 0 | true
echo still
