cat() { echo fake-cat; }
echo real | command cat
echo real | cat
