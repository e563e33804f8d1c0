touch f
mkdir d
ln -s f l
printf x > nonempty
chmod +x nonempty
for op in -e -f -d -r -w -x -h -L; do
  r=
  for p in f d l nonempty nosuch; do test $op $p && r="$r $p"; done
  echo "$op:$r"
done
[ -s nonempty ] && echo s-nonempty
[ -s f ] || echo s-empty
