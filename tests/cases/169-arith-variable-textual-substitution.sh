x='2+3'
echo $(($x*2))
n=-4
echo $((n*n)) $((-n))
