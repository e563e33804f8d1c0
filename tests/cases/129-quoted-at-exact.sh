set -- "a b" c ""
for i in "$@"; do echo "[$i]"; done
