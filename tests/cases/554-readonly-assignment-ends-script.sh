# ref: minish
# Assigning to a readonly variable in a command made only of assignments is a variable
# assignment error: it ends a non-interactive shell, as POSIX asks and as dash and `bash
# --posix` do, with status 1 like bash's other errors (dash exits 2). Plain bash only drops the
# rest of the line. A subshell ends alone.
readonly r=1
(r=2; echo "not reached in the subshell")
echo "subshell status $?"
r=3
echo "not reached"
