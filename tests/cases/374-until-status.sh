i=0
until [ $i = 2 ]; do i=$((i+1)); sh -c "exit $i"; done
echo $?
