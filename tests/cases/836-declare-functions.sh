# ref: bash
# declare -F lists function names, -F NAME says whether it is one; typeset is the same.
f() { :; }
g() { :; }
declare -F
declare -F f; echo "status $?"
typeset -F nosuch; echo "status $?"
declare -f nosuch; echo "status $?"
