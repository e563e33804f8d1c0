# ref: bash
# set -x shows (( )) with its expanded text, each test of [[ ]] with its expanded operands,
# and for (( )) each part as it is evaluated.
exec 2>&1
i=2
set -x
(( i++ ))
(( i > 1 )) && :
[[ $i == 3 && -n "a b" ]]
[[ $i =~ ^[0-9]$ || -z $i ]]
for ((k = 0; k < 2; k++)); do :; done
let j=i+1
set +x
echo "i=$i j=$j"
