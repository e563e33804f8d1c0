# ref: minish
# failglob: a pattern that matches nothing is an expansion error: the command is not run,
# and a script ends with status 1 as for its other expansion errors (bash drops the rest of
# the line and goes on).
shopt -s failglob
touch a.c
echo *.c
echo *.none
echo "not reached"
