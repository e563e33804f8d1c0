set -e
set +o > opts
grep -c 'errexit' opts
set +e
set -o | grep -c errexit
