break 2>/dev/null
echo still-running
continue 2>/dev/null
echo still-running2
