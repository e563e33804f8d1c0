# ref: minish
# (bash crashes with a segmentation fault here.)
# `ulimit -s` lowering the stack limit inside a running shell moves its nesting limit: the
# 10,000-deep $(( ((...)) )) that an 8 MB stack computes is refused under a 1 MB one with a
# message and status 2, and the shell goes on.
rep() { r=$(printf "%${2}s" '' | tr ' ' "$1"); }
rep '(' 10000; open=$r; rep ')' 10000
(ulimit -s 1024 && eval "echo \$(( ${open}7$r ))") 2>err.txt
echo "status $?"
grep -c 'nested too deeply' err.txt
echo "still running"
