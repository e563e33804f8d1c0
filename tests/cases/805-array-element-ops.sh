# ref: bash
# Every ${a[@]...} operator applies to each element.
a=(apple.txt banana.txt "cherry pie.txt")
printf '[%s]' "${a[@]%.txt}"; echo
printf '[%s]' "${a[@]#*a}"; echo
printf '[%s]' "${a[@]/a/A}"; echo
printf '[%s]' "${a[@]//a/}"; echo
printf '[%s]' "${a[@]^}"; echo
printf '[%s]' "${a[@]^^[aeiou]}"; echo
printf '[%s]' "${a[*]%.txt}"; echo
e=()
printf '[%s]' "${e[@]:-default}"; echo
printf '[%s]' "${a[@]:+set}"; echo
unset u
printf '[%s]' "${u[@]-unset}"; echo
