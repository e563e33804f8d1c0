false | true; echo $?
true | false; echo $?
true | sh -c 'exit 5'; echo $?
sh -c 'exit 5' | true; echo $?
