# ref: bash
# timeout: 5
yes | head -1 > /dev/null
echo ${PIPESTATUS[0]} ${PIPESTATUS[1]}
