mkdir g && cd g
touch 'a*' ab ac
echo "a*"
echo 'a'*
x='a*'
echo $x
echo "$x"
echo a\*
