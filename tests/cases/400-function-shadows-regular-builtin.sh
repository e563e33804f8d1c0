echo() { printf 'F:%s\n' "$*"; }
echo hi
command echo direct
unset -f echo
echo normal
