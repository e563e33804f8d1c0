# ref: bash
# bash exits 1 (what the issue asks for); dash exits 2
echo before
: "${u:?custom message}"
echo after
