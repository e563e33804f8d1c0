# ref: bash
# A subscript cut by blanks that holds a $(...) (in a compound assignment or an assignment
# word) is read to its ] (the parser crashed: the substitution's command was parsed while the
# cut word was still pending as the next token; found by fuzz_lexer).
declare -A m=([x $(echo 1) y]=v [k]=w)
declare -p m
a[1 + $(echo 1)]=v; declare -p a
b=([1 + $(echo 1)]=x [3]=z); declare -p b
c=([$(echo 1) + 1]=y)
declare -p c
echo done
