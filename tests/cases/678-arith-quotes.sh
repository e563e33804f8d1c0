# ref: bash
# Inside $(( )) and (( )) the text is read as "..." reads it: a single quote is no quote, so
# the arithmetic refuses it, and a backslash before a byte that "..." does not escape stays
# (minish used to remove both and compute 3 and 6). Double quotes are removed as before. An
# associative array's subscript has its quotes removed (bash). The function printer gives the
# text back as it was written.
me=$(readlink /proc/$$/exe)
"$me" -c "echo \$(( '1' + 2 ))" 2>/dev/null || echo "\$(( '1' + 2 )): refused"
"$me" -c "(( '1' + 2 )); echo \"(( '1' + 2 )): status \$?\"" 2>/dev/null
"$me" -c 'echo $(( 2 \* 3 ))' 2>/dev/null || echo "\$(( 2 \\* 3 )): refused"
"$me" -c "a=(5 6); echo \$(( a['1'] ))" 2>/dev/null || echo "\$(( a['1'] )): refused"
echo "double quotes: $(( "1" + 2 )) $(( "$(( 1 + 1 ))" * 2 ))"
declare -A m
m[k]=3
(( m['a b'] = 4 ))
echo "associative keys: $(( m['k'] )) ${m[a b]} $(( m["k"] + m['a b'] ))"
f() { echo $(( "4" + 1 )) $(( 2 * 3 )); }
f
g() { : $(( 2 \* 3 )) $(( a['1'] )); }
type f g | tail -n +2 | tr -s ' \n' ' ' | sed 's/; }/ }/g'
echo
