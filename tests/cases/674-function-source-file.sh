# ref: bash
# An error in a function names the file the function was defined in (a sourced library), not
# the script that called it; BASH_SOURCE lists the file being run and the files each call or
# `.` came from, innermost first, as bash does.
printf '%s\n' 'f() {' '  echo "in f: [${BASH_SOURCE[*]}] [${FUNCNAME[*]}]"' '  : ${x?boom}' '}' > lib.sh
printf '%s\n' 'echo "in lib2: [${BASH_SOURCE[*]}] [${BASH_LINENO[*]}]"' 'g() { echo "g: [${BASH_SOURCE[*]}]"; f; }' > lib2.sh
printf '%s\n' 'echo "top: [${BASH_SOURCE[*]}]"' '. ./lib.sh' '. ./lib2.sh' '(g)' 'echo "status $?"' > main.sh
me=$(readlink /proc/$$/exe)
"$me" main.sh 2>&1 | sed 's/^minish: //'
"$me" -c '. ./lib.sh; f; echo after' 2>&1 | sed 's/^minish: //'
