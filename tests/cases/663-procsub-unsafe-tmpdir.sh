# ref: minish
# A TMPDIR that others may write to without the sticky bit is refused for process
# substitution FIFOs (another user could swap minish's private directory for theirs): one
# warning, then /tmp is used. A sticky one is fine.
mkdir open sticky
chmod 777 open
chmod 1777 sticky
me=$(readlink /proc/$$/exe)
TMPDIR=$HOME/open "$me" -c 'cat <(echo from-open); ls -A "$TMPDIR" | wc -l' 2>err.txt
sed "s|$HOME|HOME|" err.txt
TMPDIR=$HOME/sticky "$me" -c 'cat <(echo from-sticky); ls -A "$TMPDIR" | wc -l'
