# ref: bash
# timeout: 5
set -o pipefail
yes | head -1 > /dev/null
echo $?
