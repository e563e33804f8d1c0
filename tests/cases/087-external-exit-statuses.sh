sh -c 'exit 200'; echo $?
sh -c 'exit 1'; echo $?
sh -c 'exit 0'; echo $?
