export exp_var=v
export -p | grep -c 'exp_var'
