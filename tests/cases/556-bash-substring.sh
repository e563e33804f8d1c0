# ref: bash
# ${v:offset} and ${v:offset:length}: bytes of a value; a negative offset counts from the end;
# a negative length stops that far before the end; $@ and $* count $0 as item 0.
x=abcabc
echo "${x:1}" "${x:1:2}" "${x: -2}" "${x:(-2):1}" "${x:2:-1}" "[${x:10}]" "[${x:1:0}]" "[${x::2}]"
i=3; echo "${x:i:1}" "${x:i-1:i-1}" "${x:$i}" "${x:1+1:2*1}"
echo "[${x: -10}]" "[${x:6}]" "[${x:0:-6}]" "${x:1:100}"
z=; echo "[${z:0:1}]" "[${unset_v:1}]"
set -- one two three four
echo "${@:2}" / "${@:2:2}" / "${*:3}" / "${@: -1}" / "${@:1:1}" / "[${@:5}]" / "${@: -4:1}"
for w in "${@:2:2}"; do echo "w=$w"; done
for w in ${*:3}; do echo "w=$w"; done
IFS=:; echo "${*:2:2}"; IFS=' '
echo "${#x}" "${x:1:2}x"
(echo "${x:4:-3}"; echo not reached) 2>/dev/null
echo "status $?"
