echo content > f
read x < f
read y
echo "$? [$x] [$y]"
