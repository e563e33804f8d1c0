x=val
cat <<'EOF'
$x $(echo no) \$ \\ `echo no`
EOF
cat <<"EOF"
$x
EOF
cat <<\EOF
$x
EOF
cat <<E"O"F
$x
EOF
