# ref: bash
# select (bash): the menu and PS3 go to stderr (here to stdout, to check them), a line is read
# into REPLY; a number picks, anything else sets the name empty, an empty line shows the menu
# again; PS3 is printed as it is (no expansion, as in bash 5.2); end of input ends the loop with status 1 (and a newline); break ends it with the body's
# status. Without `in`, the positional parameters are the items; with no items nothing runs.
exec 2>&1
PS3='pick: '
select v in apple banana "cherry pie"; do
    echo "v=[$v] REPLY=[$REPLY]"
done <<'EOF_INPUT'
2

9
x
 3 
EOF_INPUT
echo "status $?"
set -- one two
select w; do echo "w=$w"; break; done <<< 2
echo "status $?"
select z in; do echo never; done; echo "empty list status $?"
unset PS3
n=0
PS3='[$((++n))] choose: '
select x in a b; do [[ $x == b ]] && break; done <<'EOF_INPUT'
1
2
EOF_INPUT
echo "x=$x n=$n"
items=()
for i in $(seq 1 24); do items+=("item-$i"); done
COLUMNS=50
select i in "${items[@]}"; do echo "$i"; break; done <<< 24
type -t select
