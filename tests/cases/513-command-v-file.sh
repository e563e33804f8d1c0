mkdir bin
printf '#!/bin/sh\n' > bin/mytool
chmod +x bin/mytool
PATH=$PWD/bin:$PATH
p=$(command -v mytool)
echo "${p#"$PWD"/}"
command -v nosuch-xyz || echo not-found
