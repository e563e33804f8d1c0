# ref: bash
# A script read from standard input shares it with the commands it runs: POSIX asks that the
# shell never read past the command it runs, so `read` and `head` get the lines that follow
# them. From a file the shell reads ahead and seeks back; from a pipe it reads a line at a time.
# (dash reads ahead: its `read` sees end of file. bash, and minish, do as POSIX says.)
me=$(readlink /proc/$$/exe)
cat > script <<'END'
read x
this line is data for read
echo "read got: $x"
head -n 1
and this one for head
IFS= read -r y
  indented \ data
printf 'y=[%s]\n' "$y"
echo "after, status $?"
END
echo "--- from a file:"
"$me" < script
echo "--- from a pipe:"
cat script | "$me"
echo "--- a here-document body as stdin:"
"$me" <<'END'
read z
data for z
echo "z=$z"
END
