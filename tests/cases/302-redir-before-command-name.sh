echo data > f
<f cat
2>/dev/null >out echo x
cat out
