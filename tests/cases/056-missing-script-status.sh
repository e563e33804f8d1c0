# ref: bash
# dash exits 2 here; the issue fixes 127 for minish, as bash does
me=$(readlink /proc/$$/exe)
"$me" nosuch-script.sh 2>/dev/null; echo $?
