# ref: minish
# The tree shows &>, &>>, |& (the 2>&1 it adds, marked), >&N- and {NAME} redirections; type
# prints them back as source that defines the same function again; fdtrace shows the fds a
# program got from them.
minish=$(readlink /proc/$$/exe)
"$minish" --dump-ast -c 'echo a |& cat; ls &>f &>>g {fd}>&- 2>&3- <&4- {x}<y'
"$minish" --dump-ast=json -c 'ls {fd}>&3- |& cat'
echo
"$minish" --dump-ast=dot -c 'ls &>f {v}<x'
"$minish" --dump-ast -c 'select a in x "$y"; do break; done'
s() { select a in x y; do echo "$a"; break; done; }
type s
f() { echo a |& cat; ls &> /dev/null; ls &>> x; cat {fd}< x; ls >&3-; exec {fd}>&-; }
type f
def=$(type f | sed 1d)
unset -f f
eval "$def"
type f
exec 2>trace.txt
set -o fdtrace
ls /nonexistent-x &>out.txt
exec {v}>v.txt
cat </dev/null >/dev/null
exec {v}>&-
set +o fdtrace
exec 2>&1
sed -e "s|$HOME|HOME|g" -e 's/pid [0-9][0-9]*/pid P/g' -e 's/pgid [0-9][0-9]*/pgid G/' trace.txt
