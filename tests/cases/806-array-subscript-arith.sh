# ref: bash
# Subscripts of indexed arrays are arithmetic: names, expressions, nested elements; array
# elements in $(( )).
a=(10 20 30 40)
i=1
echo "${a[i]} ${a[i+1]} ${a[$i*2]} ${a[a[0]/10]}"
a[i+2]=99
echo "${a[@]}"
echo $(( a[0] + a[i] )) $(( a[3] ))
echo $(( a[1] = 7 )) ${a[1]}
echo $(( b[2] += 5 )) ${b[2]} ${#b[@]}
j=1
a[j-1]=first
echo "${a[0]} $j"
