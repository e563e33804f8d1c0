for i in a b
do
  echo $i
done
for i in; do echo never; done
echo empty-ok
