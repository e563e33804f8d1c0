# A lone + is an empty option group, not an operand; `-` ends the options (dash, bash).
set a b
set +
echo "[$*]"
set -v + x y
case $- in *v*) echo verbose-on ;; esac
set +v
echo "[$*]"
set - +
echo "[$*]"
set + -
echo "[$*]"
