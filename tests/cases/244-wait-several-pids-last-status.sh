(exit 1) & a=$!
(exit 2) & b=$!
wait $a $b
echo $?
wait $b $a
echo $?
