# ref: bash
# With few fds (ulimit -n 10, or 12 with 10 and 11 taken) the shell saves its own fds below 10
# when it must: pipelines, here-documents, redirections of builtins, functions and groups,
# command and process substitutions, background jobs and exec redirections all work, and the
# shell's stdin and stdout stay open.
me=$(readlink /proc/$$/exe)
script='echo a | cat | cat
read x; echo "read [$x]"
cat <<END
here-document
END
echo file > f.txt; cat f.txt
f() { echo function; }; f > g.txt; cat g.txt
{ echo group; } > h.txt; cat h.txt
x=$(echo cmdsub); echo "$x"
cat <(echo procsub)
echo background & wait
exec 3> e.txt; echo exec >&3; exec 3>&-; cat e.txt
echo after'
printf 'line1\n' | "$me" -c "ulimit -n 10; $script"
printf 'line2\n' | "$me" -c "exec 10>/dev/null 11>/dev/null; ulimit -n 12; $script"
