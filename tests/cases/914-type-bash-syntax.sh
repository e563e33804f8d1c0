# ref: minish
# type prints [[ ]], (( )) and for (( )) back as source (on one line, as minish prints every
# function); the text defines the same function again.
f() {
    for ((i = 0; i < 2; i++)); do
        (( n = i * 2 ))
        [[ -n $n && ( $n == 0 || ! $n -lt 1 ) ]] && echo "i=$i n=$n"
    done
    [[ $1 =~ ^(a|b)+$ ]] && echo "match ${BASH_REMATCH[1]}"
}
type f
f ab
def=$(type f | sed 1d)
unset -f f
eval "$def"
f ba
