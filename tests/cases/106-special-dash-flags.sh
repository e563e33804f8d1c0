set -f
case $- in *f*) echo has-f;; esac
set +f
case $- in *f*) echo still-f;; *) echo no-f;; esac
set -u
case $- in *u*) echo has-u;; esac
