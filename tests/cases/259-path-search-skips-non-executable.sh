mkdir b1 b2
printf '#!/bin/sh\necho first\n' > b1/tool
printf '#!/bin/sh\necho second\n' > b2/tool
chmod +x b2/tool
PATH=$PWD/b1:$PWD/b2:$PATH
tool
