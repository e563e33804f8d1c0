printf 'a\tb\\c\n'
printf '\101\102\n'
printf '%b\n' 'x\ny' 'tab\tz'
printf '%s\n' 'no\nescape'
