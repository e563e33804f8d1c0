# ref: dash
# POSIX: aliases are expanded in scripts (dash); bash needs shopt -s expand_aliases
alias hi='echo hello'
hi world
alias ll='echo ll-alias'
ll
