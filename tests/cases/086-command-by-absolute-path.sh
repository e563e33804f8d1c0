/bin/echo absolute
/usr/bin/env echo via-env
