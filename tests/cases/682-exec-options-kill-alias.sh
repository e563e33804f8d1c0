# ref: bash
# exec -a NAME runs the program with NAME as its argv[0], -l puts a - before it, -c gives it
# an empty environment (bash); `kill -l 0` names the EXIT trap; alias and unalias take -- as
# the end of their options.
me=$(readlink /proc/$$/exe)
"$me" -c 'exec -a FOOPROC sh -c "echo \$0"'
"$me" -c 'exec -l -a name sh -c "echo \$0"'
"$me" -c 'exec -l sh -c "echo \$0" arg0'
X=1 "$me" -c 'export Y=2; exec -c env' | wc -l
"$me" -c 'exec -- echo after --'
"$me" -c 'exec -a' 2>/dev/null || echo "exec -a without a name: failed"
kill -l 0 INT 130
shopt -s expand_aliases
alias -- foo=echo
echo "alias --: $?"
unalias -- foo
echo "unalias --: $?"
alias foo 2>/dev/null || echo "foo is gone"
