echo $( (echo sub) )
echo $(( 1 + 2 ))
