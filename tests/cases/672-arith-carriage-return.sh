# ref: dash
# A carriage return is not white space in arithmetic (a script saved with CRLF line ends
# fails there, as in dash and bash); tabs and newlines are.
me=$(readlink /proc/$$/exe)
cr=$(printf '\r')
"$me" -c "echo \$(( 1 +$cr
2))" 2>/dev/null || echo "CR in an expression: failed"
"$me" -c 'echo $(( $1 + 1 ))' d "${cr}42$cr" 2>/dev/null || echo "CR around a value: failed"
tab=$(printf '\t')
"$me" -c 'echo $(( $1 + 1 ))' d "${tab}42$tab"
echo "$(( 1 +
2 ))"
