# ref: minish
# explain N says what an exit status means: 128+N is a signal (killed or stopped), 126/127 are
# the shell's own, 0/1/2 the conventional ones, anything else is the command's choice.
# Several operands are explained in order; an operand that is not a status 0-255 is refused
# (status 2) and the other operands are still explained.
explain 141
explain 130
explain 127
explain 126
explain 0
explain 1
explain 2
explain 137 143 148
explain 128 200 255
echo "status $?"
explain abc 2>&1
echo "status $?"
explain 256 2>&1
echo "status $?"
explain -1 2>&1
echo "status $?"
explain 0x8D 2>&1
echo "status $?"
explain 3 '' 4 2>&1
echo "status $?"
