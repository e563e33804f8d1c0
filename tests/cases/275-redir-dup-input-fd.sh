printf 'a\nb\n' > f
exec 3<f
read x <&3
read y <&3
exec 3<&-
echo "$x $y"
