# ref: bash
# read -a (every field into an array), -d, -n, -N, -t (a fraction of a second), -u, -r.
printf ' a  b c \n' | { read -a arr; echo "${#arr[@]} ${arr[@]}"; }
printf 'x:y::z\n' | { IFS=: read -a arr; printf '[%s]' "${arr[@]}"; echo; }
printf 'one;two\n' | { read -d ';' v; echo "$v"; }
printf 'abcdef\n' | { read -n 3 v; echo "$v"; }
printf 'ab\ncdef\n' | { read -n 4 v; echo "$v"; }
printf 'ab\ncdef\n' | { read -N 4 v; printf '[%s]\n' "$v"; }
printf 'a\\tb\n' | { read -r v; echo "$v"; }
{ sleep 2; echo late; } | { read -t 0.2 v; echo "timed out: $?"; }
printf 'from four\n' > four; exec 4< four
read -u 4 v
echo "$v"
read -u 9 v; echo "bad fd: $?"
printf 'secret\n' | { read -s -p 'prompt> ' v; echo "[$v] (no prompt: not a terminal)"; }
