x=mid
echo 'a'"b"c'd'"$x"e\ f
