# ref: bash
# `.` of a file with a syntax error returns 2, also when the error comes before any command
# (minish returned 0: "no command ran" was taken for an empty file); `.` of a directory is
# an error with status 1 (minish read it as an empty file). An empty file still gives 0.
dir=${TMPDIR:-/tmp}/minish-681-$$
mkdir -p "$dir/sub"
echo 'echo >' > "$dir/first.sh"
printf 'echo one\nif then\n' > "$dir/later.sh"
: > "$dir/empty.sh"
. "$dir/first.sh" 2>/dev/null
echo "syntax error first: $?"
. "$dir/later.sh" 2>/dev/null
echo "syntax error later: $?"
false
. "$dir/empty.sh"
echo "empty file: $?"
. "$dir/sub/" 2>/dev/null
echo "directory: $?"
rm -r "$dir"
