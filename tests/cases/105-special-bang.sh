echo "[$!]"
true &
[ -n "$!" ] && echo set
p=$!
wait
[ "$p" = "$!" ] && echo unchanged
