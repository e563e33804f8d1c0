# ref: bash
# trap -l lists the signals as bash does; a bad signal name is an error (status 1) that leaves
# the other traps set; names with and without SIG, numbers, KILL and STOP are accepted.
trap -l
trap 'echo hup' HUP
trap 'echo x' NOSUCH; echo "status $?"
trap 'echo usr1' USR1 NOSUCH SIGUSR2; echo "status $?"
trap -p HUP USR1 USR2
trap 'echo int' 2; trap -p INT
trap '' KILL; echo "KILL status $?"
trap - STOP; echo "STOP status $?"
trap 'echo y' 99; echo "status $?"
trap -- - HUP USR1 USR2 INT
trap -p
echo "still running"
