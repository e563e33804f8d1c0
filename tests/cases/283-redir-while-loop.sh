printf '1\n2\n3\n' > f
while read n; do echo "n$n"; done < f
s=0
while read n; do s=$((s+n)); done < f
echo "sum $s"
