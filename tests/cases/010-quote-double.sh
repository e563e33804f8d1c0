x=v
printf '[%s]\n' "a  $x" "\$x" "\\" "\`" "'" "a\b" "\""
