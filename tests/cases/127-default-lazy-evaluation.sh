s=v
echo ${s:-$(touch made1)}
[ -e made1 ] || echo not-made
unset u
echo ${u:-$(echo computed)}
echo ${s:+$(echo alt-computed)}
