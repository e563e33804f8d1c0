# ref: bash
# LINENO inside functions is the line in the file; FUNCNAME and BASH_LINENO are the call
# stack (main last in a script), empty outside functions.
f() {
    echo "f at $LINENO: ${FUNCNAME[*]} / ${BASH_LINENO[*]}"
    g
}
g() {
    echo "g at $LINENO: ${FUNCNAME[*]} / ${BASH_LINENO[*]}"
}
f
echo "top at $LINENO: [${FUNCNAME[*]}] ${#FUNCNAME[@]}"
show() { local name=$1; echo "${!name}"; }
show FUNCNAME
