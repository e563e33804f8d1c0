# ref: bash
# let: each argument an expression; status 1 when the last value is 0.
let a=1+2 "b = a * 2"
echo "$? a=$a b=$b"
let 'c = 0'
echo "$? c=$c"
let c++
echo "$? c=$c"
let c++
echo "$? c=$c"
let 'd = 1 ? 5 : 6' e=d+1
echo "$? d=$d e=$e"
let 1/0
echo "1/0: $?"
let
echo "no arguments: $?"
