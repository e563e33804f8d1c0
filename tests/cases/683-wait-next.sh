# ref: bash
# wait -n waits for the next job to end and returns its status (bash): a job that ended
# before the call counts; with ids, only those; -p VAR names its pid; 127 when no job is
# left. A FIFO holds the first job back, so the order does not depend on timing.
dir=${TMPDIR:-/tmp}/minish-683-$$
mkdir -p "$dir"
mkfifo "$dir/hold"
{ read -r _ < "$dir/hold"; exit 9; } &
{ exit 3; } &
wait -n
echo "first: $?"
echo go > "$dir/hold"
wait -n
echo "second: $?"
wait -n
echo "none left: $?"
echo x &
wait -n $!
echo "ended before the call: $?"
wait -n $! bad 2>/dev/null
echo "no job among the ids: $?"
sleep 0.1 &
p=$!
wait -n -p got
echo "-p: $([ "$got" = "$p" ] && echo the pid) $?"
{ sleep 0.2; exit 4; } &
a=$!
{ exit 5; } &
wait -n $a
echo "only a: $?"
wait
echo "wait: $?"
rm -r "$dir"
