for w in a b c d; do
  case $w in
    a|b) echo ab;;
    c | d) echo cd;;
  esac
done
