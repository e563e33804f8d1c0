n=0
trap 'n=$((n+1))' USR1
kill -USR1 $$
kill -USR1 $$
kill -USR1 $$
echo $n
