HOME=/hh
x=~/a
echo $x
y=a:~/b:~
echo $y
z="~"
echo $z
