case x in (x) echo paren;; esac
case y in y) echo noparen ;; esac
case z in z) echo nosemi
esac
case w in
  a) echo no ;;
  w)
    echo multi
    echo line
    ;;
esac
