# ref: minish
# The leak warning is about fds the shell holds *after* a command and did not hold before it.
# fd 3 is opened before tracing is switched on, so `set -o fdtrace` (the command that turns the
# trace on) must not warn that the shell "now holds" fd 3; a fd opened later must be reported.
exec 3>trace.txt
MINISH_TRACEFD=3
set -o fdtrace
exec 4>other.txt
/bin/true > /dev/null 2>&1
set +o fdtrace
exec 3>&- 4>&-
sed -e "s|$HOME|HOME|g" -e 's/pid [0-9][0-9]*/pid P/' -e 's/pgid [0-9][0-9]*/pgid G/' trace.txt
