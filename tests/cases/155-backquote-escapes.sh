x=`echo '$y'`
echo "$x"
echo "`echo a   b`"
echo `echo \$x`
echo `echo '\\'`
