# ref: bash
# Operands of declare, typeset, local, export and readonly that are assignments are not
# split or globbed; other operands are.
v='a  b *'
declare d=$v
typeset t=$v
export e=$v
readonly r=$v
f() { local l=$v; echo "[$l]"; }
echo "[$d] [$t] [$e] [$r]"
f
w=x
declare $w=1 "y=$v"
echo "[$x] [$y]"
