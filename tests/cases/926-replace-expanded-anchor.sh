# ref: bash
# ${v/pattern/s}: an unquoted # or % that begins the pattern after expansion anchors it as
# ${v/#p/s} or ${v/%p/s} does (not for ${v//p/s}, and not when quoted). And an empty value
# is replaced only by a pattern that begins with a star (bash tries the end of a value only
# then): v=; ${v/!(c)/R} is empty.
shopt -s extglob
v=aba
p='#a'; echo "${v/$p/R}" "${v/"$p"/R}" "${v//$p/R}" "${v/\#a/R}"
p='%a'; echo "${v/$p/R}" "${v/"$p"/R}"
p='#'; echo "${v/$p/R}"
p='%'; echo "${v/$p/R}"
p='#*b'; echo "${v/$p/R}"
p='##a'; w='#aba'; echo "${v/$p/R}" "${w/$p/R}" "${w//$p/R}"
p='\#a'; echo "${w/$p/R}"
a=(aba xab ab); p='#a'; echo "${a[@]/$p/R}"
set -- aba bab; p='%b'; echo "${@/$p/R}"
v=
echo "[${v/!(c)/R}] [${v//!(c)/R}] [${v/?(c)/R}] [${v/@()/R}] [${v/#?(c)/R}]"
echo "[${v/*/R}] [${v/*(c)/R}] [${v/#/R}] [${v/%/R}] [${v/%!(c)/R}] [${v/#*/R}]"
v=ab
echo "[${v/!(c)/R}] [${v//!(c)/R}] [${v//*(c)/R}] [${v//?(c)/R}] [${v/#?(c)/R}] [${v/%?(c)/R}]"
