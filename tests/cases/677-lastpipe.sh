# ref: bash
# shopt -s lastpipe (no job control): the last stage of a pipeline runs in the shell, so
# `read` and `while read` set variables that stay; $?, PIPESTATUS and pipefail see its status;
# fd 0 is put back after it (also when it was closed), an unread producer ends, and exit,
# continue and return in the last stage act on the shell.
shopt -s lastpipe
set -- /proc/$$/fd/*; before=$*  # listed by the shell itself: a child would race its redirections
echo b | read w; echo "[$w]"
printf '1\n2\n' | while read -r l; do n=$l; done; echo "n=$n"
yes | head -n 3 | { read -r a; read -r b; echo "a=$a b=$b"; }
yes | true; echo "yes ended: $?"
set -o pipefail
false | true; echo "pipefail $? ${PIPESTATUS[*]}"
set +o pipefail
true | false; echo "status $? ${PIPESTATUS[*]}"
f() { echo in | read -r v; echo "f:$v"; echo x | return 4; echo "not reached"; }
f; echo "f returned $?"
for i in 1 2; do echo $i | { read -r k; [ "$k" = 1 ] && continue; echo "k=$k"; }; done
seq 3 | mapfile -t arr; echo "mapfile ${#arr[@]}"
read -r y <<< "stdin is back"; echo "$y"
set -- /proc/$$/fd/*; [ "$*" = "$before" ] && echo "same fds"
(exec 0<&-; echo c | read -r z; echo "z=$z"; read -r q 2>/dev/null || echo "fd 0 closed again")
echo x | exit 3
echo "not reached"
