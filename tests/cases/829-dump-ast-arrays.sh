# ref: minish
# --dump-ast shows assignments with subscripts, += and compound elements, and array
# parameters, as text, JSON and dot.
minish=$(readlink /proc/$$/exe)
"$minish" --dump-ast=text -c 'a[i+1]+=x m=([k]=v w) ${!a[@]} ${x@Q}'
"$minish" --dump-ast=json -c 'b=([2]=y)'; echo
"$minish" --dump-ast=dot -c 'c+=(z)'
