# ref: bash
# (( )): status 0 when the value is not 0; used in conditions and with set -e.
(( 5 )); echo "5: $?"
(( 0 )); echo "0: $?"
(( -1 )); echo "-1: $?"
(( 2 > 1 )) && echo "2 > 1"
(( 1 > 2 )) || echo "not 1 > 2"
(( x = 3 * 4 )); echo "x=$x"
n=3
(( n == 3 )) && echo "n is 3"
if (( n % 2 )); then echo odd; else echo even; fi
i=0
while (( i < 3 )); do (( i++ )); done
echo "i=$i"
until (( i == 0 )); do (( i-- )); done
echo "i=$i"
(( $(echo 2) + $(( 1 + 1 )) == 4 )) && echo "substitutions inside"
v='1+1'
(( v == 2 )) && echo "variable expression"
((y=1)) && echo "no blanks: $y"
! (( 0 )) && echo negated
(( 1 )) | cat && echo "in a pipeline"
f() (( $1 > 10 ))
f 20 && echo "function body"
set -e
(( 1 ))
(( 0 )) || echo "|| keeps set -e off"
if (( 0 )); then :; fi
(( 0 ))
echo "not reached"
