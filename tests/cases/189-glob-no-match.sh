mkdir g && cd g
echo *.none x? [q]z
touch real
echo *.none real*
