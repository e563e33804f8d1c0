# ref: bash
# case: ;& runs the next body without testing, ;;& goes on testing the next patterns.
for x in a b c; do
    case $x in
        a) echo "a" ;&
        b) echo "a or b" ;;
        c) echo "c" ;;&
        [bc]) echo "b or c" ;;&
        *) echo "any" ;;
    esac
done
case x in x) echo "last ;&" ;& esac
case x in x) echo "fall into empty" ;& y) ;; z) echo never ;; esac
case q in q) ;;& *) echo "empty body then test" ;; esac
f() { case $1 in 1) echo one ;& 2) echo two ; return 5 ;& 3) echo three ;; esac; }
f 1
echo "status $?"
