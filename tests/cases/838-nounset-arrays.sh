# ref: bash
# set -u: "${a[@]}" of an empty or unset array expands to nothing without an error (bash
# 5.2); an element of an unset array is an error, which ends the script.
set -u
e=()
printf '[%s]' "${e[@]}" "${#e[@]}"; echo
declare -A m=()
echo "${#m[@]}"
a=(x)
echo "${a[0]} ${a[@]}"
echo "[${nosuch[@]}]"
echo "${nosuch[0]}"
echo "not reached"
