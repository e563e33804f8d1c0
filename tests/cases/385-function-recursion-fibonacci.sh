fib() {
  if [ $1 -lt 2 ]; then r=$1; return; fi
  fib $(($1 - 1)); local_a=$r
  set -- $1 $local_a
  fib $(($1 - 2))
  r=$(($2 + r))
}
fib 15
echo $r
