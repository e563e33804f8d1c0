# ref: bash
# Indexed arrays: literals, elements by index (negative counts from the end), lengths,
# $a as ${a[0]}, an element assigned by index.
a=(zero "one two" '' three)
echo "${a[0]}|${a[1]}|${a[2]}|${a[3]}|${a[4]}|"
echo "${a[-1]} ${a[-4]}"
echo "${#a[@]} ${#a[*]} ${#a[1]} ${#a}"
echo "$a"
a[1]=ONE
a[5]=five
echo "${a[1]} ${a[5]} ${#a[@]}"
b=()
echo "empty: ${#b[@]} [${b[0]}]"
c=(x)
c=(y z)
echo "${c[@]}"
