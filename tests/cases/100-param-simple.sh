x=abc
echo $x ${x} "${x}def" "[$xdef]" "$x"_y
