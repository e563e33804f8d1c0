x=1 true
echo "[${x-unset}]"
