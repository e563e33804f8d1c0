eval 'x=1; echo $x'
eval echo two words
cmd='echo from-var'
eval "$cmd"
