x=$(head -c 100000 /dev/zero | tr '\0' a)
echo ${#x}
y="$x$x"
echo ${#y}
