# ref: bash
# -v NAME (also NAME[i] and positional parameters) and -o OPTION.
x=1
empty=
[[ -v x ]] && echo "x is set"
[[ -v empty ]] && echo "empty is set"
[[ -v nosuch ]] || echo "nosuch is not set"
[[ -v x[0] ]] && echo "x[0] is set"
[[ -v 'x[1]' ]] || echo "x[1] is not set"
set -- a b
[[ -v 2 ]] && echo "\$2 is set"
[[ -v 3 ]] || echo "\$3 is not set"
[[ -v 'a b' ]] || echo "not a name"
[[ -o errexit ]] || echo "errexit off"
set -u
[[ -o nounset ]] && echo "nounset on"
[[ -o nosuchoption ]] || echo "unknown option is off"
f() { local l=1; [[ -v l ]] && echo "local is set"; }
f
