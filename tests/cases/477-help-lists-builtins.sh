# ref: bash
help > list
for b in cd getopts read umask trap; do grep -q "$b" list && echo "lists $b"; done
help cd > /dev/null && echo help-cd-ok
