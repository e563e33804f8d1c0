echo a |
tr a b
true &&
echo and
false ||

echo or
