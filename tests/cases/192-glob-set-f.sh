mkdir g && cd g
touch a b
set -f
echo *
x='*'
echo $x
set +f
echo *
