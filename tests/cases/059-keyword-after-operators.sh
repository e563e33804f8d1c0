true && if true; then echo a; fi
false || while false; do :; done && echo b
echo c | while read x; do echo "got $x"; done
