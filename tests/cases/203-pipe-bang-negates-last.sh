! true | false; echo $?
! false | true; echo $?
! sh -c 'exit 3' | sh -c 'exit 4'; echo $?
