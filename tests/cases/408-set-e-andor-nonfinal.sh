set -e
false && echo no
false || echo recovered
true && false || echo recovered2
echo continues
