f() {
  for i in 1 2 3; do
    while true; do
      [ $i = 2 ] && return 7
      break
    done
    echo "i=$i"
  done
  echo never
}
f
echo "status $?"
