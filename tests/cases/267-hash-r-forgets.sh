mkdir a b
printf '#!/bin/sh\necho from-b\n' > b/hcmd
chmod +x b/hcmd
PATH=$PWD/a:$PWD/b:/usr/bin:/bin
hcmd
printf '#!/bin/sh\necho from-a\n' > a/hcmd
chmod +x a/hcmd
hcmd
hash -r
hcmd
