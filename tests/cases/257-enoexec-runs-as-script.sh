printf 'echo "run $0 $# $1"\nexit 3\n' > s
chmod +x s
./s arg
echo $?
