# every stage, a command substitution and a background job see only 0 1 2
# (plus fd 3: the directory ls itself opens on /proc/self/fd)
ls /proc/self/fd | { cat; ls /proc/self/fd; } | { cat; ls /proc/self/fd; } | { cat; ls /proc/self/fd; } | { cat; ls /proc/self/fd; } > stages
tr '\n' ' ' < stages; echo
echo $(ls /proc/self/fd)
ls /proc/self/fd > bg &
wait
echo $(cat bg)
echo x | ls /proc/self/fd | tr '\n' ' '; echo
