echo abc > f
exec 3<>f
read x <&3
echo "$x"
echo def >&3
exec 3>&-
cat f
