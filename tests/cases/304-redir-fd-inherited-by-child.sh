exec 3> f
sh -c 'echo via3 >&3'
exec 3>&-
cat f
