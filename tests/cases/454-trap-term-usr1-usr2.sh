trap 'echo term' TERM
trap 'echo usr1' USR1
trap 'echo usr2' USR2
kill -TERM $$
kill -USR1 $$
kill -USR2 $$
echo end
