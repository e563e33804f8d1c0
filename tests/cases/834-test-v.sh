# ref: bash
# test -v / [ -v ] on variables, array elements (arithmetic index, negative index) and
# associative keys.
a=([1]=x [3]='')
declare -A m=([key]=v)
s=set
for ref in s nosuch 'a[1]' 'a[0]' 'a[3]' 'a[1+2]' 'a[-1]' 'm[key]' 'm[nokey]' a; do
    if test -v "$ref"; then echo "$ref: set"; else echo "$ref: unset"; fi
done
[ -v 'a[3]' ] && echo "bracket form"
