x=$(seq 1 50000)
cat <<EOF | wc -l
$x
EOF
cat <<EOF | tail -1
$x
EOF
