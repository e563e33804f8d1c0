me=$(readlink /proc/$$/exe)
for s in "echo 'abc" 'echo "abc' 'if true; then echo x' 'case x in' '( echo x' '{ echo x'; do
  "$me" -c "$s" > out 2>/dev/null
  st=$?
  [ $st -ne 0 ] && [ $st -lt 128 ] && [ ! -s out ] && echo "refused: $s"
done
