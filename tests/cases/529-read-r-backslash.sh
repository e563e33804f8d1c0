read x <<'EOF'
a\tb\\c
EOF
printf "[%s]\n" "$x"
read -r y <<'EOF'
a\tb\\c
EOF
printf "[%s]\n" "$y"
