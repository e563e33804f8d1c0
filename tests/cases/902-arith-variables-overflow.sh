# ref: bash
# A variable's value is an expression of its own; integers wrap around as in bash.
x=y y=3
echo $(( x + 1 ))
z='1 + 2'
echo $(( z * 2 ))
e='k = 4'
echo $(( e + 1 )) k=$k
w=abc
echo $(( w + 1 ))
x=y y=3
(( x++ ))
echo x=$x y=$y
echo $(( 9223372036854775807 + 1 ))
echo $(( 9223372036854775808 ))
echo $(( -9223372036854775807 - 1 ))
echo $(( (-9223372036854775807 - 1) / -1 )) $(( (-9223372036854775807 - 1) % -1 ))
echo $(( 9223372036854775807 * 2 ))
echo $(( 1 << 63 )) $(( 1 << 64 )) $(( -8 >> 1 ))
s=7
echo $(( s[0] + 1 )) $(( s[1] + 1 ))
