mkdir g && cd g
touch ab ac bd
p='a?'
echo $p
p='[ab]*'
echo $p
