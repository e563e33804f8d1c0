x=1 env | grep '^x='
env | grep -c '^x='
echo "[${x-unset}]"
