# ref: bash
# ++ and -- before and after a name, in $(( )), (( )) and loops.
i=5
echo $(( i++ )) $i
echo $(( ++i )) $i
echo $(( i-- )) $i
echo $(( --i )) $i
unset n
echo $(( n++ )) n=$n
a=1 b=2
echo $(( a+++b )) a=$a b=$b
echo $(( a+ ++b )) a=$a b=$b
c=0
echo $(( c++ + ++c )) c=$c
# two signs when no name follows
echo $(( ++5 )) $(( --5 )) $(( 1++2 )) $(( 1--2 ))
# no side effect in a branch that is not taken
k=7
echo $(( 0 && k++ )) $(( 1 || k-- )) $(( 1 ? 3 : k++ )) k=$k
j=0
while (( j++ < 3 )); do echo "j=$j"; done
