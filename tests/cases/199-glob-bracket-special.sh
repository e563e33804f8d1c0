mkdir g && cd g
touch a- a] 'a!' ab
echo a[-]
echo a[]]
echo a[!b]
echo a[b-]
