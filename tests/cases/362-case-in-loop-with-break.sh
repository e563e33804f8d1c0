for i in 1 2 3; do
  case $i in 2) break;; esac
  echo $i
done
