set -x
echo only-this 2>/dev/null
set +x 2>/dev/null
