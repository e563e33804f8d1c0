# ref: bash
# Assignments are made left to right, each seeing the ones before it, also before a command
# (where they are temporary).
a=1 b=$a c=$((a + b))
echo "$a $b $c"
x=5
x=2 y=$x sh -c 'echo "x=$x y=$y"'
echo "x=$x y=${y-unset}"
arr=(p q) n=${#arr[@]}
echo $n
