for i in a b c; do :; done
echo $i
