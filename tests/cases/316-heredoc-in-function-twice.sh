f() {
  cat <<EOF
hello $1
EOF
}
f one
f two
