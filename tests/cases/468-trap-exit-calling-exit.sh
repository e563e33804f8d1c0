trap 'echo bye; exit 5' EXIT
exit 2
