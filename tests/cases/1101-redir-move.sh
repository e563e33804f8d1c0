# ref: bash
# >&N- and <&N- move fd N: the target is a copy of N, and N is closed (bash).
exec 3>m3
echo moved >&3-
cat m3
# for a builtin the move is undone afterwards: fd 3 is open again
echo again >&3
cat m3
exec 4>&3-
{ echo 3 is closed >&3; } 2>/dev/null || echo "fd 3 closed"
echo four >&4
cat m3
exec 4>&-
printf 'line1\nline2\n' > in
exec 5<in
read -r a <&5-
echo "read $a"
read -r b <&5  # the move was undone after read: fd 5 is open
echo "b=$b"
exec 6<in
exec 0<&6-
read -r c; echo "stdin now in: $c"
{ true <&6; } 2>/dev/null || echo "fd 6 closed"
# a program sees the moved fd and not the source
exec 7>m7
sh -c 'echo "to fd 1"; echo "7 open?" >&7' >&7- 2>/dev/null || echo "sh: fd 7 was not there"
cat m7
# moving a closed fd is an error, status 1
echo x >&8-; echo "status $?"
# "N-" from an expansion is a file name, as in bash
x=9-
echo file >&$x; cat ./9-
