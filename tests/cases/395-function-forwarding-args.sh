inner() { for a in "$@"; do echo "[$a]"; done; }
wrapper() { inner "$@"; }
wrapper 'a b' '' c
