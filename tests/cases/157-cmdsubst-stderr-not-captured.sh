x=$(echo out; echo err >&2) 2>/dev/null
echo "[$x]"
y=$( { echo e >&2; } 2>&1 )
echo "[$y]"
