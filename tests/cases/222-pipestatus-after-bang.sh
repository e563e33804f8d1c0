# ref: bash
! true | false
echo $? ${PIPESTATUS[0]} ${PIPESTATUS[1]}
