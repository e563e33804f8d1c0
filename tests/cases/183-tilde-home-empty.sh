HOME=
echo "[~]" [~] [~/x]
echo "[$(echo ~)]"
