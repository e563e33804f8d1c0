set -- -x -b
while getopts :ab: opt; do
  case $opt in
    '?') echo "invalid $OPTARG";;
    :) echo "missing arg for $OPTARG";;
    *) echo "opt $opt";;
  esac
done
