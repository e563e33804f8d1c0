PS4='>> '
{ set -x; echo one; set +x; } 2>trace
cat trace
