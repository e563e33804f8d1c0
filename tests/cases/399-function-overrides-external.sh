ls() { echo "my ls"; }
ls
command ls /dev/null
unset -f ls
ls /dev/null
