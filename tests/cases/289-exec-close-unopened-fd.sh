exec 7>&-
echo $?
exec 8<&-
echo $?
echo survived
