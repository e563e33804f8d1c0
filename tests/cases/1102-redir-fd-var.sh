# ref: bash
# {NAME}>file, {NAME}<file, {NAME}>&N, {NAME}<<<text: the shell picks a free fd >= 10 and assigns
# its number to NAME; the fd stays open after the command (bash), and {NAME}>&- closes it.
exec {out}>vf
echo "out is a number >= 10: $(( out >= 10 ))"
echo "via fd" >&$out
cat vf
exec {out}>&-
[ -e /proc/$$/fd/$out ] || echo "fd out closed"
exec {in}<vf
read -r line <&$in
echo "read: $line"
exec {in}<&-
exec {a}>a.txt {b}>b.txt
echo "two fds: $(( a != b && a >= 10 && b >= 10 ))"
echo A >&$a; echo B >&$b
exec {a}>&- {b}>&-
cat a.txt b.txt
# with a builtin the fd outlives the command too
true {keep}>k.txt
echo kept >&$keep
exec {keep}>&-
cat k.txt
# a copy of another fd, and a here-string
exec {dup}>&1
echo "to the copy of stdout" >&$dup
exec {dup}>&-
exec {hs}<<<"here string"
read -r h <&$hs; echo "$h"
exec {hs}<&-
# {1x} is not a name: the word is an argument and > is a plain redirection
echo x {1x}>f1; cat f1
echo y {a.b}>f2; cat f2
fds_before=$(ls /proc/$$/fd | wc -l)
# a file that cannot be opened: a message, status 1, the variable stays unset
true {bad}>/nonexistent-dir-x/f; echo "status $? bad=${bad-unset}"
command exec {bad2}>/nonexistent-dir-x/f; echo "command exec status $? bad2=${bad2-unset}"
# a readonly name: the fd is not kept
readonly ro
true {ro}>ro.txt; echo "readonly status $?"
# closing through a name that holds no number
unset nofd
true {nofd}>&-; echo "close unset status $?"
fds_after=$(ls /proc/$$/fd | wc -l)
[ "$fds_before" = "$fds_after" ] && echo "fds unchanged"
echo "still running"
