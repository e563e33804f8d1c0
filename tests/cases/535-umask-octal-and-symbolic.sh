umask 022
umask
umask -S
umask 077
umask
umask -S
umask u=rwx,g=rx,o=
umask
