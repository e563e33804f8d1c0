# ref: minish
cat <<EOF >/dev/null
a
b
EOF
echo x \
  y
nosuch1
if true; then
  nosuch2
fi
