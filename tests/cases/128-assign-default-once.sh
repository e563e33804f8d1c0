unset n
i=0
echo "${n:=$((i+=1))}" "$n" "$i"
echo "${n:=$((i+=1))}" "$n" "$i"
