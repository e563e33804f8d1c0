# PS4 is expanded before each traced command ($? is the last status), as in dash and bash.
PS4='[last=$?] '
set -x
false
echo ok
set +x
