# ref: dash
# A word after an alias whose value ends in a blank is itself an alias, also in a for loop's name
# and word list (POSIX 2.3.1); dash also takes a simple command as a function body.
alias FOR1='for '
alias FOR2='FOR1 '
alias eye1='i '
alias eye2='eye1 '
alias IN='in '
alias onetwo='1 "2" '
FOR2 eye2 IN onetwo 3; do echo $i; done
one_line() echo "one line $1"
one_line body
