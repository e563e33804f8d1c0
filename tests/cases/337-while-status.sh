while false; do :; done
echo $?
i=0
while [ $i -lt 2 ]; do i=$((i+1)); sh -c 'exit 5'; done
echo $?
