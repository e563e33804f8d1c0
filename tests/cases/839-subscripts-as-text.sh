# ref: bash
# A subscript given as text to a builtin is expanded when the builtin runs (read, test -v,
# declare, unset: the quoted 'm[$key]' idiom); `local` alone lists the function's locals;
# export -n x=v assigns then unexports; export -p writes arrays so that they read back.
declare -A m=([a b]=1 [k]=v)
key="a b"
test -v 'm[$key]' && echo "test -v expands the key"
nokey=zz
[ -v 'm[$nokey]' ] || echo "no such key"
read 'm[$key]' <<< hello
read -r 'm[$key]' x <<< "first second"
declare 'm[$key]x=no' 2> /dev/null || echo "declare: a bad name is refused"
declare 'm[k$key]=dd'
echo "${m[$key]} ${m[k$key]}"
unset 'm[$key]' 'm[k$key]'
declare -p m
a=(zero one two)
i=2
read 'a[i - 1]' <<< ONE
test -v 'a[$i]' && echo "a[2] is set"
declare -p a
f() {
    local b=1 a=2
    local c
    local -a arr=(x 'y z')
    local
    g
}
g() { local inner=1; local -p; }
f
foo=old
export foo
export -n foo=new
echo "foo=$foo"
sh -c 'echo "child sees foo=${foo-unset}"'
export -a arr=(1 '2 3')
declare -A am=([k]='v w')
export am
saved=$(export -p | grep -E ' (arr|am)=')
unset arr am
eval "$saved"
declare -p arr am
