mkdir g && cd g
touch a1 a2 ab b1 ac
echo a?
echo a[0-9]
echo a[!0-9]
echo [ab]1
echo a[bc]
