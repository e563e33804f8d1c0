# ref: bash
# declare -i evaluates assignments, -l and -u convert case (also on +=), +i and +x remove
# attributes; typeset is declare.
declare -i i=3*4
i=i+1
echo $i
i+=10
echo $i
declare -l lower=MiXeD
lower+=ABC
declare -u upper=mixed
echo "$lower $upper"
declare -u c
c=abc; echo $c
declare -l c
c=ABC; echo $c
declare +i i
i=1+1; echo $i
typeset -i t=2+2
echo $t
declare -x ex=1
declare +x ex
sh -c 'echo "ex=[${ex-}]"'
declare -ia ia=(1+1 2*2)
echo "${ia[@]}"
