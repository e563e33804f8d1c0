x=orig
echo new | read x
echo "$x"
echo data | { read y; echo "inner $y"; }
echo "[${y-unset}]"
