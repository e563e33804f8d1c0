# ref: dash
# POSIX: without job control an asynchronous list reads /dev/null (dash); bash keeps the pipe here
echo data | { cat & wait; }
echo "[end]"
echo data2 > f
{ cat < f & wait; }
