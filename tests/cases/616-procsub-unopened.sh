# ref: bash
# The consumer never opens the path: no hang, nothing left behind.
echo <(true) > /dev/null
echo "echo $?"
echo <(echo unread) > /dev/null
echo >(cat) > /dev/null
: <(echo x) >(cat)
true <(printf '%s\n' a b c)
echo done
