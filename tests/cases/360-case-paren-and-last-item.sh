case b in (a) echo a;; (b) echo b
esac
case c in
  (c)
    echo c
esac
