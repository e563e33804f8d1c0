ech\
o hi
printf '[%s]\n' "a\
b" 'c\
d'
echo one \
  two
