mkdir g && cd g
touch x.c y.c z.h
for f in *.c; do echo "c: $f"; done
for f in *.h; do case $f in *.h) echo "h: $f";; esac; done
