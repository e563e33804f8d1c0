# ref: bash
# A script on a pipe under `ulimit -n 10`: the shell peeks at the pipe through a private pipe
# of its own, which must leave fds 3-9 to the script (it is closed after each peek when it
# could not go above 9), and the script's `read` still gets the line after it.
me=$(readlink /proc/$$/exe)
ulimit -n 10
printf '%s\n' 'exec 3> three.txt 4> four.txt 9> nine.txt' 'echo to three >&3; echo to four >&4' \
    'echo to nine >&9; exec 3>&- 4>&- 9>&-' 'cat three.txt four.txt nine.txt' \
    'read line' 'the line after read' 'echo "read: $line"' \
    'cat <<END' 'a here-document' 'END' 'echo "$(echo cmdsub) | $(echo two)" | cat' |
    "$me"
echo "status $?"
