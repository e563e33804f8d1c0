unset u w; s=val
echo ${u:-${w:-${s}}}
echo "${u:-"a  b"}"
echo ${u:-'$s'}
echo "${u:-$s and more}"
