{ ls /proc/self/fd; } > f1
g() { ls /proc/self/fd; }
g > f2
while true; do ls /proc/self/fd; break; done > f3
for f in f1 f2 f3; do tr '\n' ' ' < $f; echo; done
