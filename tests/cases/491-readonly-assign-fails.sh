readonly r=1
(r=2) 2>/dev/null
[ $? -ne 0 ] && echo assign-failed
echo $r
