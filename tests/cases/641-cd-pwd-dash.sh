# ref: dash
# POSIX cd and pwd as dash has them: OLDPWD is exported, pwd in a removed directory prints the
# name the shell knows it by, OLDPWD after leaving a removed directory is that name, and chdir
# is dash's other name for cd.
cd /
cd "$HOME"
env | grep '^OLDPWD='
mkdir gone
cd gone
rmdir "$HOME/gone"
pwd | sed "s|^$HOME|HOME|"
echo "pwd status $?"
cd "$HOME"
echo "${OLDPWD#"$HOME"}"
chdir /
pwd
