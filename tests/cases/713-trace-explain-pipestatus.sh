# ref: minish
# explain with no operand explains $? and, after a pipeline of two or more stages, every
# PIPESTATUS entry; after a simple command only $?. explain itself succeeds, so a second explain
# in a row explains that 0.
yes | head -n 1
explain
echo "status $?"
true | false | (exit 3)
explain
sh -c 'kill -INT $$'
explain
false
explain
explain
set -o pipefail
yes | head -n 1
explain
