# ref: bash
# declare -p prints what declare reads back as the same variable: scalars with special
# characters, attributes, sparse arrays, associative arrays, declared-only variables.
s='a "quoted" $dollar `tick` \back'
declare -i n=42
declare -x e=exported
nl=$'line1\nline2'
a=([0]=x [5]="y z" [9]='')
declare -A m=([key]=value)
declare u
declare -p s n e nl a m u
saved=$(declare -p s n e nl a m)
unset s n e nl a m
eval "$saved"
declare -p s n e nl a m
declare -p nosuch; echo "status $?"
