# ref: bash
# Builtins as consumers: read from <(...), source a script from <(...).
read x < <(echo y)
echo "x=$x"
read a b < <(echo first second)
echo "a=$a b=$b"
. <(echo 'echo sourced; z=set-by-source')
echo "z=$z"
