# ref: bash
# `time` is a reserved word timing a whole pipeline (here both stages: the second sleeps 1.2 s),
# with a builtin that changes the shell (cd), alone, negated, with TIMEFORMAT and with -p (POSIX).
# The report goes to the shell's standard error, after the pipeline's own redirections.
TIMEFORMAT='real=%0R'
{ time sleep 0.1 | sleep 1.2; } 2>&1
time cd /
pwd
{ time ! false; } 2>&1
echo "status=$?"
{ time (exit 3); } 2>&1
echo "status=$?"
{ time echo out 2>/dev/null >&2; } 2>&1
TIMEFORMAT='[%%|%3lR|%U|%1S]'
{ time; } 2>&1 | sed 's/[0-9]/N/g'
unset TIMEFORMAT
{ time true; } 2>&1 | sed 's/[0-9]/N/g'
{ time -p true; } 2>&1 | sed 's/[0-9]/N/g'
TIMEFORMAT=
{ time true; } 2>&1
echo "time as a word: time"
