echo $((a = b = 3)) $a $b
echo $(( (c = 2) + (d = 5) )) $c $d
e=4
echo $((e *= e + 1)) $e
