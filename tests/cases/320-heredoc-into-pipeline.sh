cat <<EOF | tr a-z A-Z | sort
beta
alpha
EOF
