f=name
echo x > $f
echo y > "$f 2"
cat name "name 2"
HOME=$PWD
echo z > ~/tf
cat tf
n=3
echo w > out$((n+1))
cat out4
