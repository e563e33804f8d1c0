# ref: bash
# requires: no-sanitizer
# timeout: 30
# ${x:-${x:-...}} and $(( ((...)) )) 10,000 deep are computed, as dash and bash do (the
# nesting limit follows the stack; under ASan frames are several times larger, so the same
# depth is refused there: case 671 computes it with a 64 MB stack in every build; case 669
# checks the refusal and flat chains).
rep() { r=$(printf "%${2}s" '' | tr ' ' "$1"); }
rep '{' 10000; open=$(printf '%s' "$r" | sed 's/{/${x:-/g'); rep '}' 10000
eval "echo ${open}deep$r"
rep '(' 10000; open=$r; rep ')' 10000
eval "echo \$(( ${open}7$r ))"
echo "still running"
