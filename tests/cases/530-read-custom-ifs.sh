IFS=: read a b c <<EOF
x:y:z:w
EOF
echo "[$a] [$b] [$c]"
echo "ifs restored: [$IFS]" | od -c | head -1 | tr -s ' ' | grep -c ':'
