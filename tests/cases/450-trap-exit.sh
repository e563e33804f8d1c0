trap 'echo exit-trap' EXIT
echo main
