exec 3> f
echo a >&3
echo b 1>&3
{ echo c; } >&3
exec 3>&-
cat f
