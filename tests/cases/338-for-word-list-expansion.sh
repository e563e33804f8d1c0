mkdir g && cd g
touch a.x b.x
set -- p q
v='m n'
for w in "$@" $v *.x 'lit *'; do echo "[$w]"; done
