cmd=echo
$cmd via variable
c="echo two words"
$c
