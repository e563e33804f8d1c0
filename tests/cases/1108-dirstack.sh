# ref: bash
# pushd, popd, dirs and DIRSTACK (bash): the current directory first, ~ for $HOME unless -l.
mkdir -p a b c
HOME=$PWD
popd; echo "status $?"
pushd; echo "status $?"
pushd a > /dev/null; echo "status $?"
pushd ../b
pushd "$HOME/c"
dirs; dirs -v; dirs -p
dirs -l -v | sed "s|$HOME|HOME|"
echo "${#DIRSTACK[@]} ${DIRSTACK[0]##*/} ${DIRSTACK[3]##*/}"
dirs +1; dirs -0
dirs +9; echo "status $?"
pushd +1; pwd | sed "s|$HOME|HOME|"
pushd -0
pushd
popd +1
popd; pwd | sed "s|$HOME|HOME|"
pushd nosuch; echo "status $?"
dirs -c; dirs; echo "${#DIRSTACK[@]}"
pushd -n a; pwd | sed "s|$HOME|HOME|"
popd -n; echo "status $?"
dirs -x; echo "status $?"
popd +5; echo "status $?"
popd x; echo "status $?"
pushd / > /dev/null
popd -- > /dev/null; echo "popd -- status $?"
