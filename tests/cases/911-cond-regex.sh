# ref: bash
# =~: POSIX extended regular expressions; BASH_REMATCH holds the match and its groups;
# quoted parts are literal.
[[ abc =~ b ]] && echo "partial match"
[[ abc =~ ^a(b)(x)?c$ ]] && echo "m=${BASH_REMATCH[0]} g1=${BASH_REMATCH[1]} g2=[${BASH_REMATCH[2]}] n=${#BASH_REMATCH[@]}"
echo "all: ${BASH_REMATCH[@]}"
echo "plain: $BASH_REMATCH"
[[ 2024-05-17 =~ ([0-9]+)-([0-9]+)-([0-9]+) ]] && echo "${BASH_REMATCH[3]}/${BASH_REMATCH[2]}/${BASH_REMATCH[1]}"
[[ xyz =~ ^a ]] || echo "no match: n=${#BASH_REMATCH[@]} [${BASH_REMATCH[0]}]"
[[ 'a b' =~ ^(a b)$ ]] && echo "blank inside a group"
[[ ab =~ a|x ]] && echo "alternation"
[[ a.c =~ a"."c ]] && echo "quoted dot matches a dot"
[[ abc =~ a"."c ]] || echo "quoted dot is no wildcard"
r='a.c'
[[ abc =~ $r ]] && echo "pattern from a variable"
[[ abc =~ "$r" ]] || echo "quoted variable is literal"
[[ 'a+b' =~ 'a+b' ]] && echo "quoted plus"
[[ a =~ [[:alpha:]] ]] && echo "bracket class"
[[ 'x)' =~ x\) ]] && echo "escaped paren"
[[ abc =~ ^(a)(b)(c)$ && ${BASH_REMATCH[2]} == b ]] && echo "used in the same test"
bad='('
[[ a =~ $bad ]]
echo "bad expression: $?"
[[ A =~ a ]] || echo "case matters"
