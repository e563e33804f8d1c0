# ref: bash
# extglob: ?(...) *(...) +(...) @(...) !(...) in case, ${x#...}, ${x/...} and file names after
# shopt -s extglob (read from the next line on), and in [[ == ]] always.
shopt -s extglob
for f in a.c b.h c.txt Makefile; do
    case $f in
        *.@(c|h)) echo "$f: source" ;;
        !(*.*)) echo "$f: no dot" ;;
        *) echo "$f: other" ;;
    esac
done
case aaa in +(a)) echo "one or more" ;; esac
case "" in *(a)) echo "zero or more" ;; esac
case ab in ?(a)b) echo "optional" ;; esac
case '@(x)' in '@(x)') echo "quoted group is text" ;; esac
p='@(a|b)c'
case bc in $p) echo "group from a variable" ;; esac
v=aaabbbccc
echo "${v#+(a)}" "${v##+(a|b)}" "${v%+(c)}" "${v%%*(b|c)}"
echo "${v/+(b)/X}" "${v//@(a|c)/-}" "${v/#+(a)/<}" "${v/%+(c)/>}"
touch x.c y.h z.txt README
echo *.@(c|h)
echo !(*.*)
echo +([a-z]).?(c|txt)
[[ foo.c == *.@(c|h) ]] && echo "[[ ]] pattern"
[[ foo.o != *.@(c|h) ]] && echo "[[ ]] negated"
n=$(printf 'a%.0s' $(seq 1 10000))
[[ $n == +(a) ]] && echo "10,000 a's"
alts=$(for i in $(seq 0 9999); do printf '%s' "|w$i"; done)
alts=${alts#|}
[[ w9999 == @($alts) ]] && echo "10,000 alternatives"
