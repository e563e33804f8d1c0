# ref: bash
# timeout: 30
# A flat a && b && ... chain is not nesting (20,000 links run); ${x:-${x:-...}} and
# $(( ((...)) )) 10,000 deep are computed, as dash and bash do; nesting the stack cannot hold
# is refused with a message and the shell goes on.
rep() { r=$(printf "%${2}s" '' | tr ' ' "$1"); }
rep '&' 20000; chain=$(printf '%s' "$r" | sed 's/&/true \&\& /g')
eval "${chain}echo chain ran"
rep '{' 10000; open=$(printf '%s' "$r" | sed 's/{/${x:-/g'); rep '}' 10000
eval "echo ${open}deep$r"
rep '(' 10000; open=$r; rep ')' 10000
eval "echo \$(( ${open}7$r ))"
rep '(' 200000; open=$r; rep ')' 200000
(eval "echo \$(( ${open}7$r ))") 2>/dev/null
[ $? -ne 0 ] && echo "too deep: refused"
echo "still running"
