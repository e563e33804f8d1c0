x=$(case abc in a*) echo matched;; esac)
echo $x
y=$(case q in (q) echo p;; esac)
echo $y
