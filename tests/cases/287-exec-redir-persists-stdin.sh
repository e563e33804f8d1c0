printf 'x\ny\n' > f
exec < f
read a
read b
echo "$a $b"
