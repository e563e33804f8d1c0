# ref: minish
# timeout: 150
# 10,000 process substitutions (read, never opened, >(...)) leave no FIFO, no process
# and no extra open file in the shell.
# The fd table is read by the shell's own pathname expansion: no child process and no
# redirection is involved, so nothing but the shell's real fds is listed.
set -- /proc/$$/fd/*
fds_before="$*"
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
set -- /proc/$$/fd/*
[ "$*" = "$fds_before" ] && echo same-fds || echo "fds differ: [$fds_before] [$*]"
ls -A "$dir" | wc -l
ls -A "$TMPDIR" | wc -l
pgrep -P $$ || echo no-children
