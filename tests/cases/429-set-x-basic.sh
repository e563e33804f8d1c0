{ set -x; echo hi; set +x; } 2>trace
echo ---
cat trace
