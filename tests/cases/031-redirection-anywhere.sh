>out echo a b
cat out
echo x >out y
cat out
echo 1 2>/dev/null 3
