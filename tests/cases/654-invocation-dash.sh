# ref: dash
# Invocation as dash takes it: +c, -l, `-` ending the options (also after -c), -s with --,
# -o NAME before -c; $- shows only the options that are on.
me=$(readlink /proc/$$/exe)
echo 'echo foo' > foo.sh
"$me" +c 'echo plus-c'
"$me" -l -c 'echo login'
"$me" -x -v - foo.sh 2>err.txt
cat err.txt
"$me" -c - 'echo dash-after-c'
printf 'echo "$1 $2"\n' | "$me" -s -- a b
"$me" -o nounset -c 'echo "[$-]"'
