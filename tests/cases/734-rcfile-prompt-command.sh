# ref: bash
# An interactive shell reading commands from a pipe (-i) reads --rcfile FILE (instead of
# ~/.minishrc, also with -c) and runs PROMPT_COMMAND before each prompt, which sees $? and
# leaves it as it was.
me=$(readlink /proc/$$/exe)
echo 'echo "rc read"' > rc
echo 'echo "home rc read"' > .minishrc
"$me" --rcfile rc -i -c 'echo "-c ran"' 2>/dev/null
printf '%s\n' "PROMPT_COMMAND='echo \"prompt \$?\"'" '(exit 42)' 'echo "status $?"' |
    PS1= "$me" --rcfile /dev/null -i 2>/dev/null
