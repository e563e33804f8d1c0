false && echo no
echo $?
true || echo no
echo $?
