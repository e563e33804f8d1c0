# ref: bash
# Keys with spaces, quotes, globbing characters, an expansion, and keys that look like
# numbers (text, not arithmetic); arithmetic on values.
declare -A m
k="a key"
m[$k]=1
m["quoted key"]=2
m['*']=star
m[1+1]=text
m[x'y'"z"]=glued
echo "${m[a key]} ${m["a key"]} ${m[$k]} ${m[quoted key]} ${m[*]+set} ${m['*']} ${m[1+1]} [${m[2]}] ${m[xyz]}"
declare -A q=(["with space"]=s [$k]=t)
echo "${q[with space]} ${q[a key]}"
declare -A c
c[x]=5
echo $(( c[x] * 2 ))
c[x]+=1
echo "${c[x]}"
declare -A e
e[empty]=
echo "[${e[empty]}] ${#e[@]} ${e[empty]+set}"
