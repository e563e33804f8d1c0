exec 4> f
echo via4 >&4
exec 4>&-
(echo again >&4) 2>/dev/null || echo closed
cat f
