touch f
./f 2>/dev/null
echo $?
"$PWD/f" 2>/dev/null
echo $?
