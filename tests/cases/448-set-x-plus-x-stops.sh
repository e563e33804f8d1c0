{ set -x; echo a; set +x; echo b; } 2>trace
cat trace
