mkdir x
start=$PWD
cd x
[ "$OLDPWD" = "$start" ] && echo oldpwd-ok
[ "$PWD" = "$start/x" ] && echo pwd-ok
