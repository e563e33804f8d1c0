# ref: bash
printf 'echo "sourced $# $1"\nsv=1\n' > lib.sh
source ./lib.sh a b
echo $sv
