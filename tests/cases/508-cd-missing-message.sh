# ref: minish
cd /nonexistent
echo status $?
