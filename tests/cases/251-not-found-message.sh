# ref: minish
echo before
nosuchcmd-xyz
echo after $?
