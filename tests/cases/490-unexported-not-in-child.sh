plain=1
sh -c 'echo "[${plain-unset}]"'
