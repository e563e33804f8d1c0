# ref: bash
# Associative arrays: declare -A, keys set one by one or in a compound assignment, lookups,
# counts, keys and values (sorted here: bash and minish list them in different orders),
# unset of a key, a missing key.
declare -A m
m[apple]=red
m[banana]=yellow
m[kiwi]=green
echo "${m[apple]} ${m[banana]} ${#m[@]} [${m[nosuch]}]"
printf '%s\n' "${!m[@]}" | sort | tr '\n' ' '; echo
printf '%s\n' "${m[@]}" | sort | tr '\n' ' '; echo
unset 'm[banana]'
echo "${#m[@]} [${m[banana]}]"
declare -A n=([one]=1 [two]=2)
n[three]=3
n+=([four]=4)
for k in $(printf '%s\n' "${!n[@]}" | sort); do printf '%s=%s ' "$k" "${n[$k]}"; done; echo
declare -A one=([only]=x)
declare -p one
m=([new]=fresh)
echo "${#m[@]} ${m[new]}"
