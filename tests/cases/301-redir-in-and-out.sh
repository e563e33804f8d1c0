printf 'b\na\n' > in
sort < in > out
cat out
