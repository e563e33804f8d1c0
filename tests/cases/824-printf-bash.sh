# ref: bash
# printf -v into a variable and into array elements; %q quoting that reads back; %(fmt)T
# with an exported TZ (-1 and no argument: now).
printf -v v '%s-%s' a b
echo "$v"
printf -v 'arr[2]' '%03d' 7
declare -A m
printf -v 'm[the key]' '%s' value
echo "${arr[2]} ${m[the key]}"
printf '%q\n' 'a b' "it's" '$x' '' $'tab\there' '~home' 'plain'
q=$(printf '%q ' 'a b' "c'd" '*')
eval "set -- $q"
printf '[%s]' "$@"; echo
export TZ=UTC
printf '%(%Y-%m-%d %H:%M:%S)T\n' 86400
printf '[%12.4(%Y)T]\n' 0
now=$(printf '%(%s)T' -1)
[ "$now" -ge 1600000000 ] && echo "now is a time"
printf -v 1bad x; echo "status $?"
