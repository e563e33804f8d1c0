for i in c a b; do echo $i; done | sort
i=0
while [ $i -lt 3 ]; do echo w$i; i=$((i+1)); done | tail -1
