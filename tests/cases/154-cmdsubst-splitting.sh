count() { echo $#; }
count $(echo a b c)
count "$(echo a b c)"
count $(printf 'a\nb\n')
