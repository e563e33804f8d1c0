case 'a*' in "a*") echo quoted-star-literal;; esac
case abc in "a*") echo no;; *) echo quoted-no-glob;; esac
case abc in 'a'*) echo partly-quoted;; esac
