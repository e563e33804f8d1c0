set -u
echo "${u:-d1} ${u-d2} [${u+alt}] [${u:+alt}]"
e=
echo "[$e]"
echo $# "$@" "$*"
