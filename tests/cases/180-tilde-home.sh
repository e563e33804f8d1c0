HOME=/h/user
echo ~ ~/a "~" '~' \~ a~ ~/
