# ref: bash
# Arithmetic errors: (( )) and let fail with status 1 and the script goes on; a failing
# $(( )) ends the subshell it is in.
(( 1 / 0 ))
echo "(( 1 / 0 )): $?"
(( 7 % 0 ))
echo "(( 7 % 0 )): $?"
let 'x = 2 ** -1'
echo "let 2 ** -1: $?"
(( 1 + ))
echo "(( 1 + )): $?"
(( 2#102 ))
echo "(( 2#102 )): $?"
(( 65#1 ))
echo "(( 65#1 )): $?"
(echo $(( 2 ** -1 )); echo not reached)
(echo $(( 5 / 0 )); echo not reached)
w=w
(( w + 1 ))
echo "self reference: $?"
echo done
