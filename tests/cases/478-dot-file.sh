printf 'libvar=fromlib\nlibf() { echo "libf $1"; }\n' > lib.sh
. ./lib.sh
echo $libvar
libf x
