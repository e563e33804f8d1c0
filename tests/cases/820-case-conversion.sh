# ref: bash
# ${x^} ${x^^} ${x,} ${x,,} ${x~} ${x~~}, with and without a pattern, on arrays too.
x='hello World'
echo "${x^} ${x^^} ${x,} ${x,,} ${x~} ${x~~}"
echo "${x^^[lo]} ${x,,[W]} ${x^[a-g]} ${x^[h]}"
a=(alpha Beta gamma)
echo "${a[@]^} ${a[@]~~}"
set -- one two
echo "${@^^}"
