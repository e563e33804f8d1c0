# timeout: 20
depth() { if [ $1 -gt 0 ]; then depth $(($1 - 1)); else echo bottom; fi; }
depth 500
