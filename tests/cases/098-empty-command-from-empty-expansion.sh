e=
$e
echo $?
$e echo runs-second-word
false
$e
echo $?
