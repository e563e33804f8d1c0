# ref: bash
set -o pipefail
false | true; echo $?
(exit 2) | (exit 3) | true; echo $?
true | true; echo $?
(exit 2) | true | (exit 0); echo $?
