# ref: bash
# ${a[@]:offset:length}: the offset is an index (the first element at or after it), a
# negative one counts back from the highest index + 1; "$@" slices count $0.
a=(v0 v1 v2 v3 v4 v5)
echo "${a[@]:2}" / "${a[@]:1:2}" / "${a[@]: -2}" / "${a[@]: -2:1}" / "${a[@]:9}"
unset 'a[2]' 'a[3]'
echo "${a[@]:2}" / "${a[@]:1:2}" / "${a[*]:3:2}"
printf '[%s]' "${a[@]:4}"; echo
set -- p1 p2 p3
echo "${@:2}" / "${@:0:2}" / "${*: -1}"
s=abcdef
echo "${s:1:3} ${s: -2}"
