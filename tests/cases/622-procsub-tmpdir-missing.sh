# ref: minish
# TMPDIR set by the script to a missing directory: a clear message, the command fails and
# is not run, the shell goes on, nothing is created; with TMPDIR fixed it works again.
export TMPDIR="$HOME/missing"
{ cat <(echo not-run); } 2> err
echo "status $?"
sed "s|$HOME|HOME|" err
echo still-running
[ -e "$HOME/missing" ] || echo nothing-created
TMPDIR=$HOME/tmp
cat <(echo works-again)
