# ref: dash
# POSIX (and dash): assignments before a special builtin persist; bash does so only in posix mode
x=1 :
echo "[${x-unset}]"
y=2 eval 'echo "in eval $y"'
echo "[${y-unset}]"
