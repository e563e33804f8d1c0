readonly ro_var=v
readonly -p | grep -c ' ro_var='
