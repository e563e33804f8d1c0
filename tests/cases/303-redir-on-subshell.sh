( echo a; echo b ) > f
cat f
( read x; echo "got $x" ) < f
