# ref: bash
# Here-documents nested in command substitutions, 120 deep: each level's body is a slice of the
# script, not a copy per level (memory was quadratic in the depth); the result is bash's.
gen() {
    i=0
    while [ "$i" -lt "$1" ]; do echo "x=\$(cat <<E$i"; i=$((i + 1)); done
    echo core
    while [ "$i" -gt 0 ]; do i=$((i - 1)); echo "E$i"; echo ")"; done
    echo 'printf "%s\n" "$x" | cksum'
}
gen 120 > "$TMPDIR/nested.sh"
me=$(readlink /proc/$$/exe)
"$me" "$TMPDIR/nested.sh"
echo "status $?"
rm "$TMPDIR/nested.sh"
