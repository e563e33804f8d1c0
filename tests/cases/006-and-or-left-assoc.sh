false && echo a || echo b
true || echo c && echo d
false || false && echo e || echo f
