read x <<EOF
   padded   value   
EOF
echo "[$x]"
IFS= read y <<EOF
   kept   
EOF
echo "[$y]"
