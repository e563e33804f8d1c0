for i in 1 2; do
  if [ $i = 1 ]; then
    case $i in 1) { echo one; };; esac
  else
    (while false; do :; done; echo two)
  fi
done
