sh -c 'exit 3'
exit
