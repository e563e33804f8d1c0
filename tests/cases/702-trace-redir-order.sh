# ref: minish
# `cmd 2>&1 >f` vs `cmd >f 2>&1`, as the trace shows them: redirections are applied left to
# right, so in the first fd 2 gets the old fd 1 (console.txt) and only fd 1 goes to f; in the
# second both go to f. All are external commands, so they are traced. In `cmd 2>&1 | wc -l`
# the pipe is set up first, so both fd 1 and fd 2 are the write end of the pipe.
: > console.txt
exec 3>trace.txt
MINISH_TRACEFD=3
set -o fdtrace
{
    /bin/echo one 2>&1 >f1
    /bin/echo two >f2 2>&1
    /bin/cat /nonexistent 2>&1 >f3
    /bin/ls /nonexistent 2>&1 | wc -l > count.txt
} > console.txt 2> err.txt
set +o fdtrace
exec 3>&-
# the blocks in a fixed order (the two stages race); a warning about fd 3, which predates
# `set -o fdtrace`, is case 708's subject and is left out here
for cmd in '/bin/echo one' '/bin/echo two' '/bin/cat /nonexistent' '/bin/ls /nonexistent' 'wc -l'; do
    awk -v cmd="$cmd" '/^\[fdtrace\]/ { on = ($2 == "pid") && (substr($0, index($0, ": ") + 2) == cmd) } on' trace.txt
done | sed -e "s|$HOME|HOME|g" -e 's/, written by pids* [0-9, ]*)/)/' -e 's/pid [0-9][0-9]*/pid P/g' -e 's/pgid [0-9][0-9]*/pgid G/' \
           -e 's/pipe:\[[0-9]*\]/pipe:[I]/'
echo "f1: $(cat f1)"
echo "f2: $(cat f2)"
echo "f3: $(cat f3)"
echo "console: $(cat console.txt)"
echo "count: $(cat count.txt)"
