printf '3\n1\n2\n1\n' | sort | uniq | tr '\n' ' ' | sed 's/ $//'
echo
