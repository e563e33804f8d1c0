# ref: bash
# exec replaces the shell by a program reading a process substitution: the FIFO stays
# readable for it, and is cleaned up once it has finished (the runner checks TMPDIR).
(exec cat <(echo via-exec))
echo after
