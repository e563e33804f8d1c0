alias u1='echo u1'
unalias u1
u1 2>/dev/null
echo $?
alias u2='echo x'
unalias -a
u2 2>/dev/null
echo $?
