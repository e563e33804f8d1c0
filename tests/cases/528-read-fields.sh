read a b c <<EOF
one two three four
EOF
echo "[$a] [$b] [$c]"
read a b c <<EOF
only
EOF
echo "[$a] [$b] [$c]"
