set -o errexit
case $- in *e*) echo errexit-on;; esac
set +o errexit
set -o nounset
case $- in *u*) echo nounset-on;; esac
set +o nounset
set -o xtrace 2>/dev/null
case $- in *x*) echo xtrace-on;; esac 2>/dev/null
set +o xtrace 2>/dev/null
