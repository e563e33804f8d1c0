printf 'a b\nc d\n' | while read x y; do echo "<$y|$x>"; done
