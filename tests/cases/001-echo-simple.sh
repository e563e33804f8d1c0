echo hello world
echo
echo one   two	three
