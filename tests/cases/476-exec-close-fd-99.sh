# ref: bash
# the bad input "exec 99>&-": closing a never-opened high fd succeeds quietly
exec 99>&-
echo $?
exec 99>f
echo ninety-nine >&99
exec 99>&-
cat f
echo survived
