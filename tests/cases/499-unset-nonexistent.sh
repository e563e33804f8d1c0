unset nosuch_var_xyz
echo $?
