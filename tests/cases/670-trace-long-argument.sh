# ref: minish
# set -o fdtrace on a pipeline stage with a 10,000-byte argument: the trace line is cut at its
# buffer's end (4,096 bytes) and never written past it; the stage and the shell go on.
long=$(printf '%10000s' '' | tr ' ' x)
exec 2>trace.txt
set -o fdtrace
printf '%s' "$long" | wc -c
printf '%s' "$long" | { read -r v; echo "${#v}"; }
set +o fdtrace
exec 2>&1
grep '^\[fdtrace\] pid .*: printf %s xxx' trace.txt | awk '{ print length($0) <= 4095 ? "cut" : "long: " length($0) }'
echo "still running"
