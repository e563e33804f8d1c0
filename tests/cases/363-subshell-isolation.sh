x=1
(x=2; echo in $x)
echo out $x
mkdir d
(cd d; echo ${PWD##*/})
case $PWD in */d) echo moved;; *) echo stayed;; esac
