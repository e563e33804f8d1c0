while read l; do echo "[$l]"; done <<EOF
$(printf 'a\nb')
EOF
