me=$(readlink /proc/$$/exe)
"$me" -e -c 'false || echo or; true && echo and; ! true; echo end'
echo $?
