# ref: bash
# `set` prints every variable so that the shell reads it back the same, one per line: values
# with tabs, carriage returns, newlines or escapes are written as $'...' (as bash does).
_space='[ ]'
_whitespace=$(printf '[\t\r\n]x')
_sq="'single quotes'"
_backslash_dq='\ "'
_esc=$(printf 'a\033b\001c')
set | grep '^_[a-z]' > vars.txt
wc -l < vars.txt
saved_ws=$_whitespace saved_esc=$_esc
unset _space _whitespace _sq _backslash_dq _esc
. ./vars.txt
test "$_space" = '[ ]' && echo space-ok
test "$_whitespace" = "$saved_ws" && echo whitespace-ok
test "$_sq" = "'single quotes'" && echo sq-ok
test "$_backslash_dq" = '\ "' && echo backslash-ok
test "$_esc" = "$saved_esc" && echo esc-ok
