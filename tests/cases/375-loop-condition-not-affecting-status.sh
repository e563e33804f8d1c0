while false; do :; done
echo $?
until true; do :; done
echo $?
