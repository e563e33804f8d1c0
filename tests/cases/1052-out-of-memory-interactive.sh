# ref: minish
# Out of memory (ulimit -v) in an interactive shell (-i, commands on a pipe) where the big
# allocations are, an expansion or a command substitution: that command fails with a message
# and status 1, and the shell goes on (bash ends: its allocation errors are all fatal).
# requires: no-sanitizer
me=$(readlink /proc/$$/exe)
printf '%s\n' 'ulimit -v 60000' \
    'x=$(head -c 100000000 /dev/zero | tr "\0" a)' 'echo "cmdsub: status $? length ${#x}"' \
    'y=$(head -c 5000000 /dev/zero | tr "\0" b)' 'y=$y$y$y$y$y$y$y$y' 'echo "doubling: status $? length ${#y}"' \
    'cat <(echo procsub) $(yes | head -c 100000000)' 'echo "procsub: status $?"' \
    'echo still here' |
    PS1= "$me" -i 2> err
echo "shell status $?"
grep -c 'out of memory (cannot allocate' err
