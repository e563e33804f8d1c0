# ref: bash
# `command` keeps a special builtin's bad option from ending the script (POSIX 2.8.1).
for b in cd read umask type export unset hash; do
  command $b -Z 2>/dev/null
  echo "$b $?"
done
