# ref: bash
# type -t (one word), -p (a file's path), -P (search PATH whatever the name is), -a (every
# meaning, every file in PATH), -f (functions skipped); status 1 when a name is nothing.
shopt -s expand_aliases
PATH=/usr/bin:/bin
alias ll='ls -l'
f() { :; }
type -t ll f echo ls if '[[' time nosuch; echo "status $?"
type -p ls echo; echo "status $?"
type -P echo ls f; echo "status $?"
type -p nosuch; echo "status $?"
type -P nosuch; echo "status $?"
type -a echo
type -ta echo
type -pa echo
type -a ll
type -t -f f; echo "status $?"
type -f f; echo "status $?"
type nosuch; echo "status $?"
type; echo "status $?"
type -x ls; echo "status $?"
# a directory is not a command, even with a slash in its name
mkdir -p d/cat
type -P ./d/cat; echo "status $?"
command -v ./d/cat; echo "status $?"
