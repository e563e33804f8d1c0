$(exit 3); echo $?
$(true); echo $?
`exit 4`; echo $?
