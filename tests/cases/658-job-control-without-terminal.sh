# ref: bash
# `set -m` in a script with no terminal: jobs get process groups of their own and fg/bg work on
# them, as in bash.
set -m
sleep 0.2 &
fg %1
echo "fg=$?"
(exit 3) &
fg
echo "fg status $?"
sleep 10 &
kill -STOP $!
sleep 0.2
bg %1
echo "bg=$?"
kill %1
wait
echo done
