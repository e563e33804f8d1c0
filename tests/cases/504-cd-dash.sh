mkdir a b
cd a
cd ../b
out=$(cd -)
[ "$out" = "${PWD%/b}/a" ] && echo printed-old-dir
cd - > /dev/null
echo ${PWD##*/}
