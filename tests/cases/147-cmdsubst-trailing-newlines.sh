x=$(printf 'a\n\n\n')
echo "[$x]"
y=$(printf 'a\n\nb\n\n')
echo "[$y]"
z=$(printf '\n\n')
echo "[$z]"
