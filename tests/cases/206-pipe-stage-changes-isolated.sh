x=1
echo | x=2
echo $x
mkdir d
echo | cd d
case $PWD in */d) echo moved;; *) echo stayed;; esac
