trap 'echo never' EXIT
trap - EXIT
echo end
