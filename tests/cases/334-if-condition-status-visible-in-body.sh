if sh -c 'exit 4'; then :; else echo "status $?"; fi
