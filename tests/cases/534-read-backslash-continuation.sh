read x <<'EOF'
line one \
continued
EOF
echo "[$x]"
