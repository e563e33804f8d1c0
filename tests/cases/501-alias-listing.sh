# ref: dash
# POSIX format name=value (dash); bash prefixes "alias "
alias a1='echo one'
alias a1
