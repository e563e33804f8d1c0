# ref: bash
# dash signals the job's process group, which a non-interactive dash never creates
sleep 5 &
kill %1
wait
echo $?
sleep 5 &
kill -TERM %1
wait %1
echo $?
