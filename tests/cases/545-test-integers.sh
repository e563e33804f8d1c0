for op in -eq -ne -lt -le -gt -ge; do
  [ 3 $op 5 ] && r1=t || r1=f
  [ 5 $op 5 ] && r2=t || r2=f
  [ -2 $op -7 ] && r3=t || r3=f
  echo "$op $r1 $r2 $r3"
done
