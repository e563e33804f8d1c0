set -- -z
getopts a opt 2>/dev/null
echo "$? [$opt] [${OPTARG-unset}]"
