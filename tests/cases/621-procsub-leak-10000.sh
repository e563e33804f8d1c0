# ref: minish
# timeout: 60
# 10,000 process substitutions (read, never opened, >(...)) leave no FIFO, no process
# and no extra open file in the shell.
# The fd table is listed by a plain external command: while a $(...) runs, the shell
# briefly holds both ends of its pipe, so listing from inside one would be racy.
ls -l /proc/$$/fd > fds_before
where() { dir=${1%/*}; }
where <(true)
i=0 ok=0
while [ $i -lt 10000 ]; do
    case $((i % 4)) in
        0|1) read x < <(echo y); [ "$x" = y ] && ok=$((ok + 1)) ;;
        2) : <(echo unread) ;;
        3) echo z > >(read w) ;;
    esac
    i=$((i + 1))
done
echo "read $ok"
ls -l /proc/$$/fd > fds_after
awk 'NR > 1 { print $9, $10, $11 }' fds_before > before
awk 'NR > 1 { print $9, $10, $11 }' fds_after > after
cmp -s before after && echo same-fds || diff before after
ls -A "$dir" | wc -l
ls -A "$TMPDIR" | wc -l
pgrep -P $$ || echo no-children
