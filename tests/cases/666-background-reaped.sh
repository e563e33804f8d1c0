# A finished background job is reaped between commands, not left a zombie until the next
# `&`, `jobs` or `wait` (dash, bash); its status stays for `wait`. Reaping interrupts nothing:
# a read from a pipe and a command substitution go on while jobs end.
(sleep 0.1; exit 7) & p=$!
sleep 1
kill -0 $p 2>/dev/null && echo "zombie left" || echo "reaped"
wait $p
echo "wait: $?"
sleep 0.1 & sleep 0.1 & sleep 0.1 &
x=$(sleep 0.5; echo "substitution done")
echo "$x"
sleep 0.1 &
{ sleep 0.5; echo line; } | { read -r l; echo "read: $l"; }
wait
echo "all: $?"
