# ref: dash
# Usage errors of regular builtins give status 2 (dash): read -n/-t with bad numbers, test -t
# with a bad fd, ulimit -a with a limit; `trap ACTION KILL` is accepted (status 0, never runs).
read -n not_a_number 2>/dev/null < /dev/null
echo "read -n: $?"
read -t -0.5 2>/dev/null < /dev/null
echo "read -t: $?"
[ -t invalid ] 2>/dev/null
echo "test -t: $?"
ulimit -a 42 > /dev/null 2>&1
echo "ulimit -a 42: $?"
trap 'echo never' KILL
echo "trap KILL: $?"
trap 'echo never' 9
echo "trap 9: $?"
