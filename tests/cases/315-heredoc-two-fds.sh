cat - /dev/fd/3 <<A 3<<B
first
A
second
B
