v=abc
echo "[${v#abc}]" "[${v%*}]" "[${v%%*}]" "[${v#*}]"
e=
echo "[${e#x}]" "[${u%x}]"
