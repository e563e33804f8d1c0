# ref: bash
# Syntax errors inside [[ ]] name the token; eval reports them with status 2 and goes on.
(eval '[[ -z ]]')
echo "unary without operand: $?"
(eval '[[ a == ]]')
echo "binary without operand: $?"
(eval '[[ a b ]]')
echo "two words: $?"
(eval '[[ ( a ]]')
echo "unclosed group: $?"
(eval '[[ a ; ]]')
echo "semicolon: $?"
(eval '[[ a')
echo "no end: $?"
(eval 'for ((i=0;i<2)); do :; done')
echo "two expressions in for: $?"
(eval '[[ a ]] x')
echo "word after ]]: $?"
echo "still running"
