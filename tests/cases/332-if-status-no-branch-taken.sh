if false; then echo no; fi
echo $?
if true; then false; fi
echo $?
if false; then :; else sh -c 'exit 3'; fi
echo $?
