# timeout: 5
while :; do echo y; done | head -3
echo done
