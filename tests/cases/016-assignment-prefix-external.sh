x=outer
x=inner sh -c 'echo $x'
echo $x
y=temp sh -c 'echo ${y-unset}'
echo ${y-unset}
