a='$b'
b=val
echo $a
eval echo $a
eval "c=\$b"
echo $c
