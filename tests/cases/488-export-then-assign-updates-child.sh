y=1
export y
y=2
sh -c 'echo $y'
