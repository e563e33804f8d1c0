/* spawn.h - fork/exec helpers with the parent/child split explicit; a child never returns. */
#ifndef MINISH_SPAWN_H
#define MINISH_SPAWN_H

#include <stdbool.h>
#include <sys/types.h>

struct shell;

/* Forks a subshell process.  In the child (return 0): signal dispositions and mask are
 * reset as POSIX asks for a subshell, traps are cleared (ignored ones stay ignored),
 * sh->in_subshell is set.  In the parent: the child's pid.  On failure: -1 after a
 * message naming the problem (e.g. "fork: Resource temporarily unavailable"). */
pid_t shell_fork(struct shell *sh);
/* shell_fork for an asynchronous list: without job control the child ignores SIGINT and
 * SIGQUIT (POSIX) from before any signal can reach it. */
pid_t shell_fork_async(struct shell *sh);
/* Starts the program at path with argv and env without copying the shell (vfork,
 * then execve): caught signals back to default, empty mask, in process group pgid
 * (0: a new one led by the child; -1: the shell's own).  Returns 0 and *pid, or an
 * errno value (nothing started). */
int spawn_program(struct shell *sh, const char *path, char **argv, char **env, pid_t pgid, pid_t *pid);
/* Waits for one child and returns its status as the shell sees it
 * (exit code, or 128+N when killed by signal N). */
int shell_wait_pid(struct shell *sh, pid_t pid);
/* Converts a waitpid() status to a shell status (128+N for signals). */
int status_from_wait(int wstatus);

#endif
