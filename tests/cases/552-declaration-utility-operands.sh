# The NAME=value operands of export, readonly and local are expanded as assignments, as dash and
# bash do: no field splitting, no pathname expansion, a tilde after = and after each :. An
# operand that is not NAME= (quoted, or from an expansion) is an ordinary word. (A glob that
# matches nothing stays as written, so "*.none" shows that no field was split off either.)
HOME=/home/u
y="a b=c *.none"
export x=$y
echo "export: [$x]"
f() { local l=$y; echo "local: [$l]"; }
f
readonly r=$y
echo "readonly: [$r]"
export p=~/bin:~/lib q=a=~/not
echo "tilde: $p $q"
n=n1
export "$n=quoted split" m=$y
echo "quoted name: [$n1] [$m]"
echo export z=$y
