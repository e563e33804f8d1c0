mkdir bin
printf '#!/bin/sh\necho mine "$@"\n' > bin/mycmd
chmod +x bin/mycmd
PATH=$PWD/bin:$PATH
mycmd a b
