# ref: bash
# ${!name} (also with operators and through an element), ${!prefix*} / ${!prefix@}, ${!#},
# ${!a[@]} and ${!a[*]}.
target=hello
name=target
echo "${!name} ${!name^^} ${#name}"
ref='arr[1]'
arr=(zero one)
echo "${!ref}"
unset gone
p=gone
echo "[${!p-default}] [${!p:-dflt}]"
z=zz
zz=
echo "${!z:=assigned} $zz"
my_a=1 my_b=2 my_c=3 other=4
echo ${!my_*}
printf '[%s]' "${!my_@}"; echo
printf '[%s]' "${!my_*}"; echo
set -- first second last
echo ${!#}
b=([2]=x [5]=y)
echo "${!b[@]}" "${!b[*]}"
