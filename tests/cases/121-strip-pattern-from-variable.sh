pat='*.'
v=x.y.z
echo ${v#$pat} ${v##$pat} "${v#"$pat"}"
lit='x.'
echo "${v#"$lit"}"
