# ref: bash
# mapfile and readarray: lines with or without their newline, a delimiter, a count, lines
# skipped, an origin, a file descriptor, a callback every N lines, the default MAPFILE.
printf 'l1\nl2\nl3\nl4\nl5\n' > lines
mapfile a < lines
printf '[%s]' "${a[@]}"; echo
readarray -t b < lines
echo "${b[@]} ${#b[@]}"
mapfile -t -s 1 -n 2 c < lines
echo "${c[@]}"
d=(x y z w)
mapfile -t -O 2 d < <(printf 'p\nq\n')
echo "${!d[@]} / ${d[@]}"
mapfile -t -d : e < <(printf 'a:b:c')
echo "${e[@]} ${#e[@]}"
exec 3< lines
mapfile -t -u 3 -n 1 f
mapfile -t -u 3 -n 1 g
echo "$f $g"
exec 3<&-
cb() { echo "callback $1 $2"; }
mapfile -t -C cb -c 2 h < lines
mapfile < lines
echo "${#MAPFILE[@]}"
printf 'one\ntwo' | { mapfile -t last; echo "${last[@]}"; }
