me=$(readlink /proc/$$/exe)
for s in 'echo ${' 'echo ${x' 'echo $((1+))' 'echo $(' 'echo `' 'echo ${x:?}'; do
  "$me" -c "$s" > out 2>/dev/null
  st=$?
  [ $st -ne 0 ] && [ $st -lt 128 ] && [ ! -s out ] && echo "fails cleanly: $s"
done
