# ref: bash
set -e
set -o pipefail
true | true
echo ok
false | true
echo not-reached
