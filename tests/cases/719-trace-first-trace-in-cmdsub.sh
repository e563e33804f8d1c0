# ref: minish
# The trace never enters a command's output: the first traced process is the command of a
# command substitution with `2>&1` (it runs in a forked child, which traces just before its exec).
# $x must hold only the command's own error message; the trace goes to the script's stderr. Same
# for a forked pipeline stage with `2>&1` (its blocks race with cat's: they are sorted).
exec 2>trace.txt
set -o fdtrace
x=$(/bin/ls /nonexistent 2>&1)
/bin/ls /nonexistent 2>&1 | cat > piped.txt
set +o fdtrace
exec 2>&1
echo "--- \$x:"
printf '%s\n' "$x"
echo "--- piped.txt:"
cat piped.txt
echo "--- trace.txt:"
sed -e "s|$HOME|HOME|g" -e 's/, written by pids* [0-9, ]*)/)/' -e 's/pid [0-9][0-9]*/pid P/g' -e 's/pgid [0-9][0-9]*/pgid G/' \
    -e 's/pipe:\[[0-9]*\]/pipe:[I]/' trace.txt |
    awk '/^\[/ { if (n++) printf "\n"; printf "%s", $0; next } { printf "\001%s", $0 } END { printf "\n" }' |
    sort | tr '\001' '\n'
