v=file.tar.gz
echo ${v%.*} ${v%%.*} ${v%.gz} ${v%x}
