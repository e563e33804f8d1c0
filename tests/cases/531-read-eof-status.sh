read x < /dev/null
echo "$? [$x]"
printf 'partial' | { read y; echo "$? [$y]"; }
printf 'full\n' | { read z; echo "$? [$z]"; }
