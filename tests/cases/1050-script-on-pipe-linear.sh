# ref: bash
# timeout: 60
# A script read from a pipe (or a FIFO, or with -s) is parsed in time linear in its length,
# and still nothing past the command being run is taken from the pipe: a 20,000-line `if`, a
# 2 MB here-document and a 100 kB quoted string are each followed by data that `read` gets.
# (Before, the shell read a byte per read and parsed a long command again after every line:
# minutes here. dash reads ahead, so its `read` would see end of file.)
me=$(readlink /proc/$$/exe)
awk 'BEGIN {
    print "x=0"
    print "if true; then"
    for (i = 0; i < 20000; i++) print "    x=$((x + 1))"
    print "fi"
    print "read line"
    print "data after the if"
    print "echo \"if: x=$x line=$line\""
}' > if.sh
cat if.sh | "$me"
"$me" -s a b < if.sh
mkfifo fifo
cat if.sh > fifo &
"$me" < fifo
wait
awk 'BEGIN {
    print "wc -c <<EOF"
    for (i = 0; i < 40000; i++) printf "line %05d of a long here-document body: some words\n", i
    print "EOF"
    print "read line"
    print "data after the here-document"
    print "echo \"here-document: line=$line\""
    print "cat <<-END"
    print "\ta delimiter joined by a backslash-newline ends the body:"
    print "\tEN\\"
    print "D"
    print "echo end"
}' | "$me"
awk 'BEGIN {
    printf "printf %%s '\''"
    for (i = 0; i < 2000; i++) printf "a quoted string spanning many lines, line %d\n", i
    print "'\'' | wc -c"
    print "read line"
    print "data after the string"
    print "echo \"quoted: line=$line\""
}' | "$me"
# exit leaves the rest of the script in the pipe for the next reader
printf 'echo one\nexit 3\necho two\n' | { "$me"; echo "status $?"; cat; }
