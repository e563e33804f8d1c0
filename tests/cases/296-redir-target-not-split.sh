# ref: dash
# POSIX: no field splitting on a redirection word (bash: "ambiguous redirect")
x='a b'
echo hi > $x
cat 'a b'
