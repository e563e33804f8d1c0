# ref: minish
# A shell started with TMPDIR where no directory can be made (/proc, where not even root
# can create one; a regular file): a message, a failed command, the shell goes on.
minish=$(readlink /proc/$$/exe)
: > afile
for t in /proc "$HOME/afile" "$HOME/missing"; do
    TMPDIR=$t "$minish" -c 'cat <(echo not-run); echo "status $?"; read x < <(echo y); echo "read $? [$x]"; echo still-running' 2> err
    echo "exit $?"
    sed "s|$HOME|HOME|" err
done
ls -A
