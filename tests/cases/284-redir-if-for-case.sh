if true; then echo in-if; fi > f1
for i in 1 2; do echo $i; done > f2
case x in x) echo in-case;; esac > f3
cat f1 f2 f3
