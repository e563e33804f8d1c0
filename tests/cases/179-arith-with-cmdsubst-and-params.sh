x=abcd
echo $(( $(echo 3) * 2 )) $(( ${#x} + 1 ))
set -- 4 5
echo $(($1*$2)) $(($# + 1))
