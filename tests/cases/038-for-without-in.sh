set -- a 'b c'
for i; do echo "[$i]"; done
for i
do echo "<$i>"; done
