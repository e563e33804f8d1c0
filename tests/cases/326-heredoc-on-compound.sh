while read l; do echo "<$l>"; done <<EOF
a
b
EOF
{ read x; echo "group $x"; } <<EOF
g
EOF
