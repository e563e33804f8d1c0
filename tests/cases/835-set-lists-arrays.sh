# ref: bash
# set with no arguments lists arrays as NAME=(...) and associative arrays with their keys.
a=(1 "two words" '')
declare -A m=([only]='x y')
set | grep -E '^(a|m)='
