mkdir sub
printf '#!/bin/sh\necho sub-script\n' > sub/run
chmod +x sub/run
sub/run
PATH=$PWD/sub:$PATH
sub/run
