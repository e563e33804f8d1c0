command nosuch-xyz 2>/dev/null
echo $?
