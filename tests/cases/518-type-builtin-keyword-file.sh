mkdir bin
printf '#!/bin/sh\n' > bin/mytool
chmod +x bin/mytool
PATH=$PWD/bin:$PATH
type echo
type if
type mytool | sed "s|$PWD/||"
