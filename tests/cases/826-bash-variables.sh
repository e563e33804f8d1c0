HOSTNAME=from-env OSTYPE=os-env "$(readlink /proc/$$/exe)" -c 'echo "env: $HOSTNAME $OSTYPE"'
