# ref: minish
# `type` prints a function with the bash assignment forms and array expansions as source
# (bash prints functions over several lines: this is minish's one-line form).
f() {
    a=(x "y z" [5]=w) b[$i+1]+=c d+=e
    declare -A m=([k]=v); local -a l=()
    echo "${a[@]}" ${#a[@]} ${!a[@]} ${a[-1]} ${m[$k]} ${!r} ${!pre*} ${x^^} ${x,} ${x~~} ${x@Q} ${a[@]:1:2}
}
type f
