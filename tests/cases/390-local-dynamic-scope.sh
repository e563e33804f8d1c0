# ref: bash
f() { local v=from-f; g; }
g() { echo "g sees $v"; v=changed-by-g; }
v=global
f
echo "top $v"
