# ref: minish
# timeout: 30
# 10,000 nested ( must be parsed or refused with a message, never crash
me=$(readlink /proc/$$/exe)
i=0; open=; close=
while [ $i -lt 10000 ]; do open="$open("; close="$close)"; i=$((i+1)); done
echo "${open}echo x${close}" > deep.sh
"$me" -n deep.sh > out 2> err
st=$?
if [ $st = 0 ] || { [ $st -lt 128 ] && [ -s err ]; }; then echo handled; fi
