echo to-file > f
echo after
cat f
printf '%s\n' pf > g
echo after2
cat g
