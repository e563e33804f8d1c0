set -- -abc -dval
while getopts abcd: o; do echo "$o ${OPTARG-}"; done
echo $OPTIND
