trap 'echo caught' USR1
(sleep 0.2; kill -USR1 $$; sleep 0.5) &
wait
s=$?
[ $s -gt 128 ] && echo "wait interrupted"
wait
echo done
