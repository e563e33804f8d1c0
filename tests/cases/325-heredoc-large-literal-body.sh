# timeout: 10
me=$(readlink /proc/$$/exe)
{
  echo 'cat <<EOF | wc -c'
  i=0
  while [ $i -lt 3000 ]; do echo 'abcdefghijklmnopqrstuvwxyz0123456789'; i=$((i+1)); done
  echo 'EOF'
  echo 'echo end'
} > big.sh
"$me" big.sh
