unset u; e=; s=v
echo "[${u-d1}]" "[${e-d2}]" "[${s-d3}]"
