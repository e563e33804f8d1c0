# ref: dash
# Assigning to a readonly variable, alone or as the prefix of a command, is a variable
# assignment error: it ends a non-interactive shell with status 2, as POSIX asks and as dash and
# `bash --posix` do (plain bash only drops the rest of the line). A subshell ends alone.
readonly r=1
(r=2; echo "not reached in the subshell")
echo "subshell status $?"
(r=2 echo "not run"; echo "not reached either")
echo "subshell status $?"
r=3
echo "not reached"
