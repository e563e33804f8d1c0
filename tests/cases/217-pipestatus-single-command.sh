# ref: bash
false
echo ${PIPESTATUS[0]}
(exit 4)
echo ${PIPESTATUS[0]}
