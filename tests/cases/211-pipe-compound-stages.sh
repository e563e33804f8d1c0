for i in 3 1 2; do echo $i; done | sort | while read n; do echo "n=$n"; done
