x=1
y=$(x=2; cd /; echo $x)
echo $x $y
case $PWD in /) echo moved;; *) echo stayed;; esac
