x=val
{ set -x; echo $x "lit"; set +x; } 2>trace
cat trace
