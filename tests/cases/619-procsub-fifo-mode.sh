# ref: minish
# Each FIFO is a named pipe of mode 600, whatever the umask.
stat -c '%a %F' <(true)
umask 000
stat -c '%a' <(true) >(cat)
umask 077
stat -c '%a' <(true)
umask 022
stat -c '%a %U' <(true) | sed "s/ $(id -un)\$/ owner-is-me/"
