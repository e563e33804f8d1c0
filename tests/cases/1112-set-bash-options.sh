# ref: bash
# set -o errtrace functrace posix onecmd privileged are accepted (and -E -T -p), shown by
# set -o / set +o; an unknown name is refused; onecmd (-t) ends a script after one command line;
# a file with no commands gives . status 0.
set -o errtrace -o functrace
set -o | grep -E '^(errtrace|functrace|posix|onecmd|privileged)[[:space:]]'
set +o | grep -E ' (errtrace|functrace)$'
set +E +T
set -o | grep -E '^(errtrace|functrace)[[:space:]]'
( set -o nosuchoption ); echo "status $?"
false
. /dev/null; echo "empty file status $?"
set -t; echo "the last line run"
echo "not reached"
