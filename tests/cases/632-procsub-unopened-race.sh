# ref: bash
# timeout: 20
# Process substitutions that the command never opens (a function that ignores its arguments):
# the shell must let each child go whether it is already blocked in open() on its FIFO or only
# about to call it. 300 rounds of four, so that every interleaving happens; an earlier minish
# hung here within a few rounds (a child entered open() between the release and the unlink).
f() { :; }
i=0
while [ $i -lt 300 ]; do f <(true) >(cat) <(echo x) >(true); i=$((i + 1)); done
echo "done $i"
