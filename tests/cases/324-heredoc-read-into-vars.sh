read a b <<EOF
first second third
EOF
echo "[$a] [$b]"
