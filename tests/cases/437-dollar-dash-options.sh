set -e
set -u
set -f
for o in e u f; do case $- in *$o*) echo "has $o";; esac; done
set +e +u +f
case $- in *[euf]*) echo still;; *) echo none;; esac
