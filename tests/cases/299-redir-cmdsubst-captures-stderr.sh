x=$(sh -c 'echo out; echo err >&2' 2>&1)
echo "$x"
y=$(sh -c 'echo out; echo err >&2' 2>&1 >/dev/null)
echo "$y"
