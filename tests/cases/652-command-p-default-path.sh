# command -p looks the program up in the default PATH (confstr _CS_PATH), not in $PATH.
mkdir bin
printf 'echo wrong\n' > bin/tr
chmod +x bin/tr
PATH="$HOME/bin:$PATH"
echo aaa | tr a b
echo aaa | command -p tr a b
PATH=
command -p printf '%s\n' found
