f() { echo inside; } > out
f
echo after
cat out
