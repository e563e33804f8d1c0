# ref: bash
# Brace expansion: lists, nesting, prefix and suffix, sequences with padding and steps,
# before every other expansion, never inside quotes or after $.
echo {a,b,c} x{1,2}y {a,b{1,2}}
echo a{b,c}d{e,f}g
echo {1..10} {10..1..3} {1..10..-3}
echo {01..10} {-01..2} {a..z..5} {z..a..5}
echo x{,}y {a}{b,c} {a{1,2}} "{a,b}" '{a,b}' \{a,b\}
x=X
echo {$x,y} ${x}{1,2}
v='{a,b}'
echo $v {$v,c}
echo {a,$(echo b,c)} "x"{a,b}"y"
for i in {1..3}; do printf '%s ' "$i"; done; echo
touch f1 f2 f3
echo f{1..3}* f{4,5}*
echo {~,x}/q | sed "s|$HOME|HOME|"
export e={1,2}
echo "$e"
a={1,2}
echo "$a"
case {a,b} in {a,b}) echo "case words are not expanded" ;; esac
set -o | grep braceexpand
set +B
echo {a,b} {1..3}
set -o | grep braceexpand
set -o braceexpand
echo {a,b}
