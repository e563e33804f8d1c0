# ref: minish
# The FIFOs live in one private directory of mode 700 directly under $TMPDIR; a FIFO is
# gone once its command has finished.
where() { fifo=$1; dir=${1%/*}; }
where <(true)
first=$dir
parent=${dir%/*}
[ "$parent" = "$TMPDIR" ] && echo under-tmpdir
stat -c '%a %F' "$dir"
[ -O "$dir" ] && echo owned
[ -e "$fifo" ] || echo fifo-removed
where <(true) >(cat)
[ "$dir" = "$first" ] && echo same-dir
[ -e "$fifo" ] || echo fifo-removed
cat <(echo x) > /dev/null
ls -A "$dir" | wc -l
ls -A "$TMPDIR" | wc -l
