read a rest <<EOF
first  second   third
EOF
echo "[$a] [$rest]"
