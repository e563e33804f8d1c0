mkdir g && cd g
touch a1 B2 c_ d 5
echo *[[:digit:]]
echo [[:upper:]]*
echo [[:alpha:]][[:alnum:]]
echo [![:alpha:]]
echo *[[:punct:]]
