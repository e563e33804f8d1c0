mkdir g && cd g
touch a
set -o noglob
echo *
set +o noglob
echo *
