(set -u; echo "$nosuchvar"; echo no) 2>/dev/null
[ $? -ne 0 ] && echo failed
set -u
v=set
echo $v
