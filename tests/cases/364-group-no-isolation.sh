x=1
{ x=2; }
echo $x
mkdir d
{ cd d; }
echo ${PWD##*/}
