false || false || echo z
true && false && echo no
echo $?
false || true && echo yes
