f() { echo f-called; }
set -- a b
(f; echo $#; set -- z; echo $1)
echo $1
