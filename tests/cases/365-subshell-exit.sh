(exit 3)
echo $?
(echo a; exit 4; echo b)
echo $?
