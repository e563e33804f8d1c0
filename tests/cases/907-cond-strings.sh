# ref: bash
# [[ ]] string tests: no splitting or globbing of operands, patterns on the right of == and !=
# (quoted parts literal), < and > in string order.
v='a b'
[[ $v == 'a b' ]] && echo "no splitting"
touch file1 file2
g='file*'
[[ $g == 'file*' ]] && echo "no globbing"
[[ abc == a* ]] && echo "pattern"
[[ abc == "a*" ]] || echo "quoted pattern is literal"
[[ 'a*' == "a*" ]] && echo "quoted literal matches itself"
[[ abc == a"b"? ]] && echo "mixed quoting"
p='a?c'
[[ abc == $p ]] && echo "pattern from a variable"
[[ abc == "$p" ]] || echo "quoted variable is literal"
[[ abc = ab[a-d] ]] && echo "= is == with a bracket"
[[ abc != x* ]] && echo "!= pattern"
[[ a\*c == 'a*c' ]] && echo "backslash quotes"
[[ x == @(a|x|y) ]] && echo "extglob group without shopt"
[[ abab == +(ab) ]] && echo "one or more"
[[ foo.c != !(*.c) ]] && echo "not a .c"
[[ apple < banana ]] && echo "apple < banana"
[[ b > a ]] && echo "b > a"
[[ a < a ]] || echo "a not < a"
[[ '' ]] || echo "empty is false"
[[ x ]] && echo "non-empty is true"
[[ -n $unset ]] || echo "-n of unset"
[[ -z $unset ]] && echo "-z of unset"
[[ $unset == "" ]] && echo "unset equals empty"
set -- 'one two' three
[[ $1 == "one two" ]] && echo "positional with a blank"
[[ $* == "one two three" ]] && echo "\$* joined"
[[ ~ == "$HOME" ]] && echo "tilde expanded"
x=5
[[ $x == 5 && $x != 6 ]] && echo "two tests"
