mkdir g && cd g
touch c a b B 10 9
echo *
