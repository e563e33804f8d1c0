hello() { echo "hello from function"; }
hello
hello
