# ref: dash
# getopts as dash: OPTARG is empty (not unset) after an option without an argument, a bad
# variable name gives status 2 while the scan goes on, and `set --` starts a new scan.
set -u
getopts 'ab' name -a
echo "name=$name OPTARG=[$OPTARG]"
set +u
set -- -c foo -h
getopts 'hc:' opt- 2>/dev/null
echo "status=$? OPTARG=$OPTARG OPTIND=$OPTIND"
set -- -a
while getopts ab opt; do echo "first $opt"; done
set -- -c -d
while getopts cd opt; do echo "second $opt"; done
