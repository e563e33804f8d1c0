# ref: bash
trap 'echo hi' USR1
trap -p USR1
