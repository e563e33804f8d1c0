umask 077
touch f
stat -c %a f
umask 022
touch g
stat -c %a g
