if true; then for i in 1 2; do case $i in 1) echo one;; *) while false; do :; done; echo other;; esac; done; fi
