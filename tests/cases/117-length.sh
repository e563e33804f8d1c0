x=abcdef; e=; unset u
echo ${#x} ${#e} ${#u}
y='a b  c'
echo ${#y}
set -- 1 2 3 4 5 6 7 8 9 10
echo ${#}
