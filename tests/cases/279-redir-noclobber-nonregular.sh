set -C
echo x > /dev/null
echo $?
set -o noclobber
echo y > new
cat new
set +C
echo z > new
cat new
