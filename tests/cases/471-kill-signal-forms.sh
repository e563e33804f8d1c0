sleep 5 & kill -TERM $!; wait $!; echo $?
sleep 5 & kill -s KILL $!; wait $!; echo $?
sleep 5 & kill -9 $!; wait $!; echo $?
sleep 5 & kill $!; wait $!; echo $?
sleep 5 & kill -s USR1 $!; wait $!; echo $?
