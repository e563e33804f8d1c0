sh -c 'kill -9 $$'
echo $?
sh -c 'kill -TERM $$'
echo $?
