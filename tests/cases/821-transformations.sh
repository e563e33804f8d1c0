# ref: bash
# The @ transformations: Q (quoted), E (escapes), A (assignment), a (attributes), U u L,
# P (prompt escapes), and on arrays: each element; K for key-value pairs.
q="it's a \$test"
echo "${q@Q}"
esc='a\tb\x41\n'
printf '[%s]\n' "${esc@E}"
declare -i n=5
s=plain
echo "${n@A} ${s@A}"
arr=(1 "2 3")
echo "${arr[@]@A}"
declare -A m=([k]=v)
echo "${m[@]@A}"
echo "${n@a} ${arr@a} ${m@a} [${s@a}]"
w='mIxEd wOrds'
echo "${w@U} | ${w@u} | ${w@L}"
p='a\\b \\n'
echo "${p@P}"
printf '[%s]' "${arr[@]@Q}"; echo
echo "${arr[@]@K}"
unset none
echo "[${none@Q}]"
