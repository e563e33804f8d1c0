mkdir g && cd g
touch a b
x=*
echo "$x"
echo $x
