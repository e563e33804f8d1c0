readonly r=1
(unset r) 2>/dev/null
[ $? -ne 0 ] && echo unset-failed
echo $r
