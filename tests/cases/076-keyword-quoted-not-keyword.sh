'if' 2>/dev/null; echo $?
\if 2>/dev/null; echo $?
