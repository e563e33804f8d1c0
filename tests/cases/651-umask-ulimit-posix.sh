# ref: dash
# umask copies permissions between classes (a=u reads the mask as it was before the mode) and
# takes s and t (which a mask cannot hold); ulimit -f counts 512-byte blocks (POSIX, dash), and
# a builtin writing past the limit is killed by SIGXFSZ.
umask 0124; umask a=u; umask
umask 0365; umask a=g; umask
umask 0124; umask a=,a=u; umask
umask 0124; umask a-s; umask
umask 0124; umask a=s; umask
me=$(readlink /proc/$$/exe)
"$me" -c 'ulimit -f 1; grep "Max file size" /proc/$$/limits | tr -s " " | cut -d" " -f4'
"$me" -c 'ulimit -f 1
  bytes() { i=0; while [ $i -lt $1 ]; do printf x; i=$((i + 1)); done; }
  bytes 512 > ok.txt; echo "512 status=$?"
  bytes 513 > big.txt; echo "not reached"'
echo "killed: $(kill -l $(($? - 128)))"
wc -c < ok.txt
