! true; echo $?
! false; echo $?
! true | false; echo $?
! false | true; echo $?
