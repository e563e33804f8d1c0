# ref: bash
# timeout: 60
# The nesting limit follows the stack limit the shell starts with: with a 64 MB stack the
# 10,000-deep ${x:-...} and $(( ((...)) )) of case 665 are computed in every build, the
# sanitizer build too (case 665 checks the default 8 MB stack and skips the sanitizer build,
# whose frames are several times larger).
me=$(readlink /proc/$$/exe)
rep() { r=$(printf "%${2}s" '' | tr ' ' "$1"); }
rep '{' 10000; open=$(printf '%s' "$r" | sed 's/{/${x:-/g'); rep '}' 10000
printf 'eval "echo %sdeep%s"\n' "$open" "$r" > deep.sh
rep '(' 10000; open=$r; rep ')' 10000
printf 'eval "echo \\$(( %s7%s ))"\n' "$open" "$r" >> deep.sh
echo 'echo "still running"' >> deep.sh
(ulimit -s 65536 && "$me" deep.sh)
