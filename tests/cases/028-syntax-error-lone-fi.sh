fi
echo after
