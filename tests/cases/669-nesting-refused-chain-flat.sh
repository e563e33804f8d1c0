# ref: bash
# timeout: 30
# A flat a && b && ... chain is not nesting (5,000 links run here, 20,000 in case 665; as in dash and bash); nesting
# the stack cannot hold is refused with a message and the shell goes on (bash crashes).
rep() { r=$(printf "%${2}s" '' | tr ' ' "$1"); }
rep '&' 5000; chain=$(printf '%s' "$r" | sed 's/&/true \&\& /g')
eval "${chain}echo chain ran"
rep '(' 200000; open=$r; rep ')' 200000
(eval "echo \$(( ${open}7$r ))") 2>/dev/null
[ $? -ne 0 ] && echo "too deep: refused"
echo "still running"
