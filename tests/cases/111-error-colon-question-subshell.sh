e=
(echo "${u:?oops}"; echo notreached) 2>/dev/null
[ $? -ne 0 ] && echo failed-unset
(echo "${e:?oops}"; echo notreached) 2>/dev/null
[ $? -ne 0 ] && echo failed-empty
(echo "[${e?oops}]") 2>/dev/null
s=v
echo "${s:?never}"
