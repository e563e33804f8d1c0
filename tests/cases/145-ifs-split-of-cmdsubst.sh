IFS=,
for f in $(echo 'a,b c,d'); do echo "[$f]"; done
