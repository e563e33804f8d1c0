i=0
while :; do
  i=$((i+1))
  case $i in
    3) break;;
    *) echo $i;;
  esac
done
echo end $i
