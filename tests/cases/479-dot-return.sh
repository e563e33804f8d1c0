printf 'echo part1\nreturn 3\necho part2\n' > lib.sh
. ./lib.sh
echo "status $?"
