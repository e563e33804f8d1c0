# ref: bash
# bash's variables: RANDOM (a seed repeats its sequence), SRANDOM, SECONDS (assignable),
# EPOCHSECONDS, EPOCHREALTIME, UID/EUID/PPID (set, UID readonly), HOSTNAME, HOSTTYPE,
# OSTYPE, MACHTYPE, BASHPID (another one in a subshell), SHLVL (one more in a child shell);
# HOSTNAME, HOSTTYPE, MACHTYPE and OSTYPE from the environment are kept.
RANDOM=42; a="$RANDOM $RANDOM"; RANDOM=42; b="$RANDOM $RANDOM"
[ "$a" = "$b" ] && echo "RANDOM repeats"
case $RANDOM in *[!0-9]*) echo bad ;; *) [ $RANDOM -lt 32768 ] && echo "RANDOM in range" ;; esac
case $SRANDOM in ''|*[!0-9]*) echo bad ;; *) echo "SRANDOM is a number" ;; esac
SECONDS=100
[ $SECONDS -ge 100 ] && [ $SECONDS -le 102 ] && echo "SECONDS counts from 100"
[ $EPOCHSECONDS -gt 1600000000 ] && echo "EPOCHSECONDS"
case $EPOCHREALTIME in [0-9]*.[0-9][0-9][0-9][0-9][0-9][0-9]) echo "EPOCHREALTIME" ;; esac
[ "$UID" = "$(id -u)" ] && [ "$EUID" = "$(id -u)" ] && echo "UID EUID"
(UID=0) 2>/dev/null || echo "UID is readonly"
[ "$PPID" -gt 0 ] && echo "PPID"
[ "$HOSTNAME" = "$(cat /proc/sys/kernel/hostname)" ] && echo "HOSTNAME"
[ "$HOSTTYPE" = "$(uname -m)" ] && echo "HOSTTYPE"
echo "$OSTYPE"
case $MACHTYPE in "$HOSTTYPE"-*-linux-gnu) echo "MACHTYPE" ;; esac
[ "$BASHPID" = $$ ] && echo "BASHPID is \$\$ here"
( [ "$BASHPID" != $$ ] && echo "BASHPID differs in a subshell" )
"$(readlink /proc/$$/exe)" -c 'echo $SHLVL' > level
read child < level
[ "$child" = $((SHLVL + 1)) ] && echo "SHLVL"
HOSTNAME=from-env OSTYPE=os-env "$(readlink /proc/$$/exe)" -c 'echo "env: $HOSTNAME $OSTYPE"'
