false
case x in y) echo no;; esac
echo $?
case x in x) sh -c 'exit 3';; esac
echo $?
case x in x) ;; esac
echo $?
