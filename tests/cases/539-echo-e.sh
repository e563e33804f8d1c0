# ref: bash
echo -e 'a\tb\nc'
echo 'a\tb'
echo -E 'x\ny'
