x=$(seq 1 20000)
echo ${#x}
y=$(head -c 200000 /dev/zero | tr '\0' a)
echo ${#y}
