# ref: minish
# set -o dumpast prints each top-level command's tree on stderr before running it (the command's
# own stderr output comes after its tree); the command that switches it off is still shown.
exec 2>tree.txt
set -o dumpast
echo hi | tr a-z A-Z >&2
x=1; if [ "$x" = 1 ]; then echo yes >&2; fi
set +o dumpast
echo no tree before this line >&2
exec 2>&1
cat tree.txt
