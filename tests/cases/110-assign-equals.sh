unset u; e=
echo "[${u=new}]" "[$u]"
echo "[${e=ignored}]" "[$e]"
