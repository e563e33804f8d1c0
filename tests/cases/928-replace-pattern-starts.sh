# ref: bash
# ${v/p/s} and ${v//p/s} with patterns (not plain text): the first match is the leftmost,
# and the longest from there; // goes on after each match; a match that is empty moves on a
# byte. (minish finds where matches may begin in one pass over the value.)
shopt -s extglob
v='xx.c yy.h zz.c'
echo "${v/*.c/R}|${v//?.c/R}|${v//[xz]/-}|${v/@(yy|zz).?/R}|${v//+(z|y)/R}"
echo "${v//*(x)/-}|${v//?(y)/-}|${v/!(x*)/R}|${v//@(.c|.h)/}"
w=abcabcab
echo "${w//b*(c)/X}|${w/c*a/X}|${w//a?c/X}|${w//+(ab)/X}|${w/#ab/X}|${w/%ab/X}"
a=(one.c two.h three.c)
echo "${a[@]//.[ch]/}" "${a[@]/#t*(w|h)/T}"
