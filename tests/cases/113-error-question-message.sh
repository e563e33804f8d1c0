# ref: minish
echo before
: ${nosuch:?it is missing}
echo after
