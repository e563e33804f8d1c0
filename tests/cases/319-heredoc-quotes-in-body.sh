cat <<EOF
"double" 'single' \"bs-quote\" \'
EOF
