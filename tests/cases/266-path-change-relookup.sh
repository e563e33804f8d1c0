mkdir b1 b2
printf '#!/bin/sh\necho one\n' > b1/which1
printf '#!/bin/sh\necho two\n' > b2/which1
chmod +x b1/which1 b2/which1
PATH=$PWD/b1:/usr/bin:/bin
which1
PATH=$PWD/b2:/usr/bin:/bin
which1
