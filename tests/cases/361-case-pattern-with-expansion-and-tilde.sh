HOME=/hh
case /hh/x in ~/x) echo tilde;; esac
v=abc
case ${v#a} in bc) echo stripped;; esac
