# ref: bash
# In an assignment, <(...) expands to a path and no command runs.
x=<(echo hi)
echo "status $?"
case $x in /*) echo absolute ;; *) echo "not a path: [$x]" ;; esac
