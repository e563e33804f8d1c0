# ref: bash
# /dev/stdin, /dev/stdout, /dev/stderr and /dev/fd/N as redirection targets name the shell's
# own fds (bash; minish opens them from /dev when they exist, and copies the fds when not).
echo "to stdout" > /dev/stdout
echo "to stderr" 2>&1 > /dev/stderr
exec 3>three
echo "to fd 3" > /dev/fd/3
cat three
echo "from stdin" | { read -r l < /dev/stdin; echo "read: $l"; }
echo "appended" >> /dev/fd/3
cat three
