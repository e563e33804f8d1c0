# ref: bash
# Functions defined on lines of their own share the memory of the lines after them: every
# body stays intact through redefinitions, unset, and lines that allocate a lot in between
# (under ASan a body freed too early is a use-after-free).
f() { echo "f one $1"; }
g() { echo "g $1"; }
big=$(printf '%20000s' '' | tr ' ' x); echo "${#big}"
f() { echo "f two $1"; }
for i in 1 2 3; do h() { echo "h $1"; }; s=$(printf '%5000s' "$i"); done
unset -f g
k() { f "$1"; h "$1"; }
x=${big//x/yy}; echo "${#x}"
f a; h b; k c
type g > /dev/null 2>&1 || echo "g is gone"
i=0; while [ $i -lt 300 ]; do eval "n$i() { echo \$(( $i * 2 )); }"; i=$((i + 1)); done
n0; n150; n299
