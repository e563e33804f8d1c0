x=val
cat <<EOF
plain $x ${x} "$x" '$x'
cs $(echo sub) `echo bq` ar $((1+2))
esc \$x \\ \` back\
slash
EOF
