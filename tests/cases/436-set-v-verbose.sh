me=$(readlink /proc/$$/exe)
printf 'echo hi\n# comment\n' > v.sh
"$me" -v v.sh 2>trace
cat trace
