# ref: dash
# POSIX: a non-interactive shell does not glob a redirection word (bash expands a unique match)
mkdir g && cd g
touch a1
echo x > a*
ls
