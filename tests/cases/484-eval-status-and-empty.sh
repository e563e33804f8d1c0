eval false; echo $?
eval ''; echo $?
eval 'sh -c "exit 3"'; echo $?
false
eval; echo $?
