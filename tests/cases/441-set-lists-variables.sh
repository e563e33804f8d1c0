myvar=hello
set | grep -c '^myvar='
