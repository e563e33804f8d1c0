# ref: bash
cat <<< "a b"
read w <<< word
echo "$w"
x='1  2'
cat <<< $x
