# ref: bash
# Bad input gives a message and a failing status, and the shell goes on (each line runs in
# its own shell, as some are syntax errors and a failed assignment ends a script: minish
# gives status 2 there, as POSIX asks; bash 1).
sh=$(readlink /proc/$$/exe)
"$sh" -c 'a[x' || echo "unclosed subscript: failed"
"$sh" -c 'echo ${a[}' || echo "bad substitution: failed"
"$sh" -c 'declare -A m; m[]=1' || echo "empty key: failed"
"$sh" -c 'declare -n r=r'; echo "self reference: $?"
"$sh" -c 'readonly a; a[1]=2' || echo "readonly element: failed"
"$sh" -c 'a=(1 2); echo ${a[@]:1:x}; echo after'; echo "arithmetic in a slice: $?"
"$sh" -c 'a=(1 2); echo "${a[@]:-1:x}"'; echo "a default, not a slice: $?"
"$sh" -c 'a=(1 2); echo ${a[1+]}; echo after' || echo "bad index: failed"
"$sh" -c 'a=(1 2); a[-5]=x' || echo "negative index out of range: failed"
"$sh" -c 'declare -a a=(1); declare -A a'; echo "indexed to associative: $?"
"$sh" -c 'a=(1 | 2)' || echo "operator in a compound assignment: failed"
"$sh" -c 'x=1; x[1]=2; declare -p x'; echo "a scalar becomes an array: $?"
echo "still running"
