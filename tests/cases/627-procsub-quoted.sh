# ref: bash
# Quoted, <(...) is plain text.
echo "<(echo x)"
echo '>(cat)'
x="<(true)"
echo "$x"
