mkdir -p base/sub
CDPATH=$PWD/base
out=$(cd sub)
case $out in */base/sub) echo printed-path;; esac
cd sub > /dev/null
echo ${PWD##*/}
