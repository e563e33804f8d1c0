{ set -x; y=5; set +x; } 2>trace
cat trace
