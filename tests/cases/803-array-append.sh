# ref: bash
# += on strings, integers, arrays and elements.
s=ab
s+=cd
echo $s
declare -i n=5
n+=2*3
echo $n
a=(1 2)
a+=(3 "4 5")
a[0]+=x
a[9]+=new
echo "${a[@]}" "${#a[@]}"
declare -ai ai=(1 2)
ai[1]+=10
echo "${ai[@]}"
a=(x y)
a+=z
echo "${a[@]}"
