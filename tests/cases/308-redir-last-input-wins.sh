echo fromfile > f
cat <<E <f
fromheredoc
E
cat <f <<E
fromheredoc2
E
