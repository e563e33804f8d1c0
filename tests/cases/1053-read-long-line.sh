# ref: bash
# timeout: 60
# `read` of a long line, from a file (20 MB) and from a pipe (500 kB, as bash reads a pipe a
# byte per read call): read in blocks (a pipe peeked at, so only the line is taken from it),
# buffers grown geometrically; what follows stays for the next reader.
head -c 20000000 /dev/zero | tr '\0' a > long
printf '\nsecond line\nthird line\n' >> long
{ read -r x; read -r y; cat; } < long
echo "file: ${#x} [$y]"
{ read x; read -n 1000000 y; echo "file, no -r: ${#x} -n: ${#y}"; } < long
head -c 500000 /dev/zero | tr '\0' b > short
printf '\nsecond line\nthird line\n' >> short
cat short | { read -r x; read -r y; cat; echo "pipe: ${#x} [$y]"; }
cat short | { read x; head -c 5; echo; echo "no -r: ${#x}"; }
cat short | { read -n 100000 x; read -r y; echo "-n: ${#x} ${#y}"; }
cat short | { IFS= read -r -d '' x; echo "-d '': ${#x}"; }
