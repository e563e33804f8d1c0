# ref: dash
# A quoted character inside [:name:] ends the class name: [[:punct\:]] is the set
# of [ : p u n c t followed by a ], not the class punct (POSIX, dash and the Oils spec; bash 5.2
# takes it for the class). Unquoted, the class works as usual.
touch foo.- c.C
echo *.[[:punct:]] *.[[:punct\:]]
for s in - : 't]' '[]' x; do
    case $s in
    [[:punct\:]]) echo "$s: set" ;;
    *) echo "$s: no" ;;
    esac
done
case - in [[:punct:]]) echo "-: class" ;; esac
case - in [["[:punct:]"]]) echo "-: quoted class" ;; *) echo "-: quoted, no class" ;; esac
case = in [[=\=]]) echo "=: set" ;; *) echo "=: no" ;; esac
case '\' in [[:punct:]\:]) echo '\: punct' ;; esac
