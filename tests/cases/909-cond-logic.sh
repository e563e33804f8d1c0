# ref: bash
# && || ! and ( ) inside [[ ]]: precedence, grouping, short circuit, newlines after && ||.
[[ a && b || '' ]] && echo 1
[[ '' && b || c ]] && echo 2
[[ ! '' ]] && echo 3
[[ ! ( a && '' ) ]] && echo 4
[[ ( a || '' ) && ( '' || b ) ]] && echo 5
[[ ! ! a ]] && echo 6
[[ '' || ( ! a ) ]] || echo 7
n=0
[[ '' && $(( n += 1 )) ]]
[[ a || $(( n += 10 )) ]]
echo "short circuit: n=$n"
[[ a &&
   b ||
   c ]] && echo 8
[[
   a ]] && echo 9
[[ a ]]; echo "status $?"
[[ '' ]]; echo "status $?"
[[ a ]] && [[ b ]] && echo 10
! [[ a ]] || echo 11
if [[ -n x ]]; then echo 12; fi
while [[ $n -gt 9 ]]; do n=0; echo 13; done
[[ a ]] | cat && echo 14
set -e
[[ '' ]] || echo "|| keeps set -e off"
[[ '' ]]
echo "not reached"
