nosuchcmd-xyz 2>/dev/null | echo piped
echo $?
echo x | nosuchcmd-xyz 2>/dev/null
echo $?
