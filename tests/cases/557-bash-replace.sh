# ref: bash
# ${v/pattern/string} (first, longest match), ${v//...} (every match), ${v/#...} (at the
# start), ${v/%...} (at the end); the pattern keeps its own quoting; lists go element by element.
x=abcabc
echo "${x/b/X}" "${x//b/X}" "${x/#a/X}" "${x/%c/X}" "${x/#b/X}" "${x/b}" "${x//b}" ${x//}
echo "${x/[bc]/_}" "${x//[bc]/_}" "${x/b*/_}" "${x//*/-}" "${x/%*/-}" "${x/%c*/-}" "${x//[ac]/}"
echo "${x/#a*/-}" "${x/#/X}" "${x/%/X}" "${x/a/"q r"}" "${x/x/y}"
y='a*b'
echo "${y/\*/S}" "${y/'*'/S}" "${y/*/S}" "${y//?/.}" "${y/"*"/S}"
p='b'; q='[ab]'; echo "${x//$p/Y}" "${x/"$p"/Y}" "${x//$q/.}" "${x//"$q"/.}"
z=; echo "[${z/a/b}]" "[${z/*/-}]" "[${z//*/-}]" "[${z/#/-}]" "[${z/%/-}]" "[${unset_v/a/b}]"
words="a b c"; for w in ${words/ /:}; do echo "w=$w"; done
set -- ab cb; echo "${@/b/X}" "${*/#/-}"; for w in "${@//b/ }"; do echo "w=[$w]"; done
path=/usr/local/bin:/usr/bin; echo "${path//:/ }" "${path//\//|}"
HOME=/home/u; echo ${path/\/usr/~} "${path/\/usr/~}" "${path/#\/usr\/local/}"
v=a:b; echo "${v/:/'x'}" "${v/:/"y"}" "${v/:/\/}" "${v/:/\\}" "${v/:/\}}" ${v/:/\/}
long=$(i=0; while [ $i -lt 2000 ]; do printf 'ab'; i=$((i + 1)); done)
r=${long//a/}; echo "${#r}" "${#long}"
r=${long//[a]/xy}; echo "${#r}"
