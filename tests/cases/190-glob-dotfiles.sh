mkdir g && cd g
touch .hidden visible .h2
echo *
echo .h*
echo .[!.]*
