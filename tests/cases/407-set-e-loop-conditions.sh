set -e
while false; do :; done
until true; do :; done
i=0
while [ $i -lt 2 ]; do i=$((i+1)); done
echo continues
