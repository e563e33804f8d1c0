# ref: bash
# PIPESTATUS is a real array: its elements, count, indices; it is replaced after every
# command.
true | false | (exit 3)
echo "${PIPESTATUS[@]} ${#PIPESTATUS[@]} ${PIPESTATUS[2]} ${!PIPESTATUS[@]}"
true | (exit 4)
st=("${PIPESTATUS[@]}")
echo "${st[@]}"
false
echo "${PIPESTATUS[@]}"
true | false
declare -p PIPESTATUS
