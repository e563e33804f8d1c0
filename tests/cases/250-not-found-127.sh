nosuchcmd-xyz 2>/dev/null
echo $?
./nosuch 2>/dev/null
echo $?
/nonexistent/dir/cmd 2>/dev/null
echo $?
