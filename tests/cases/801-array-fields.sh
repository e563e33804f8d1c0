# ref: bash
# "${a[@]}" makes one field per element (empty ones kept, nothing re-split), "${a[*]}" joins
# them with the first character of IFS, unquoted forms are split; for loops over arrays.
a=("a b" "" "c  d" '*')
printf '[%s]' "${a[@]}"; echo
printf '[%s]' "pre${a[@]}post"; echo
printf '[%s]' "${a[*]}"; echo
IFS=:
printf '[%s]' "${a[*]}"; echo
IFS=' '
printf '[%s]' ${a[@]}; echo
for x in "${a[@]}"; do printf '<%s>' "$x"; done; echo
e=()
printf '[%s]' "${e[@]}"; echo "(no fields)"
set -- "${a[@]}"
echo $#
