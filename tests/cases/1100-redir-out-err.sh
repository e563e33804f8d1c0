# ref: bash
# &> and &>> send stdout and stderr to one file (bash); they never put the command in the
# background. |& pipes stderr along with stdout (it is 2>&1 after the command's own redirections).
{ echo out; echo err >&2; } &> both
cat both
{ echo out2; echo err2 >&2; } &>> both
cat both
echo "jobs: $(jobs | wc -l)"
f() { echo "f out"; echo "f err" >&2; }
f &>f.txt; cat f.txt
ls /nonexistent-dir-x 2>/dev/null |& wc -l
f |& sed 's/^/piped: /'
f 2>/dev/null |& sed 's/^/again: /'
ls /nonexistent-dir-x |& sed 's/:.*//'
echo "PIPESTATUS ${PIPESTATUS[*]}"
# &> honours noclobber, as > does
set -C
echo x &> both; echo "clobber status $?"
echo x &>> both; echo "append status $?"
set +C
# &> with a file that cannot be opened: a message, status 1, stdout and stderr unchanged
echo lost &> /nonexistent-dir-x/f; echo "status $?"
echo still here
echo also &>/dev/null; echo "stderr still here" >&2
