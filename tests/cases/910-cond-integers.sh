# ref: bash
# -eq -ne -lt -le -gt -ge compare arithmetic expressions.
[[ 1 -eq 1 ]] && echo eq
[[ 1 -ne 2 ]] && echo ne
[[ 1 -lt 2 && 2 -le 2 && 3 -gt 2 && 3 -ge 3 ]] && echo order
[[ 1+1 -eq 2 ]] && echo "expressions"
x=4
[[ x -eq 4 && $x*2 -eq 8 ]] && echo "names and values"
[[ " 3 " -eq 3 ]] && echo "blanks"
[[ 010 -eq 8 && 0x10 -eq 16 && 2#11 -eq 3 ]] && echo "bases"
[[ -5 -lt -4 ]] && echo "negative"
[[ unset_var -eq 0 ]] && echo "unset is 0"
[[ 1 -eq 1/0 ]]
echo "division by zero: $?"
