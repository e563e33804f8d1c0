false &
echo $?
wait
