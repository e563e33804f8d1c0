{ false; true; }
echo $?
{ true; sh -c 'exit 6'; }
echo $?
