# POSIX says OPTARG is unset for an option without argument (bash); dash sets it empty
while getopts x:y o -x 1 -y; do echo "$o ${OPTARG:-none}"; done
