/* oom.h - out of memory: a message and a clean exit with status 2, never abort(). */
#ifndef MINISH_OOM_H
#define MINISH_OOM_H

struct shell;

/* Makes a failed allocation (xalloc, arenas) end the shell as bash does: "minish: out of memory
 * (cannot allocate N bytes)", process substitutions cleaned up (FIFOs, their processes), the
 * rest of a script on stdin left to fd 0, status 2, no core dump. */
void oom_install(struct shell *sh);

#endif
