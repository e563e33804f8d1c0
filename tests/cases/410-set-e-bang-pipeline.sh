set -e
! true
echo continues-after-bang
